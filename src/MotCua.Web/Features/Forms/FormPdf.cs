namespace MotCua.Web.Features.Forms;

/// <summary>
/// The forms of Circular 01/2018/TT-VPCP as PDF: pure functions from the form records to PDF bytes.
/// Forms 01–05 are A5 portrait, the log book (06) A4 landscape (Art. 9(2)).
/// </summary>
public static class FormPdf
{
    public static byte[] Receipt(ReceiptForm f) => Render(f, ReceiptPdf.Render);

    public static byte[] SupplementRequest(SupplementRequestForm f) => Render(f, SupplementRequestPdf.Render);

    public static byte[] Refusal(RefusalForm f) => Render(f, RefusalPdf.Render);

    public static byte[] Apology(ApologyForm f) => Render(f, ApologyPdf.Render);

    public static byte[] ControlSlip(ControlSlipForm f) => Render(f, ControlSlipPdf.Render);

    public static byte[] LogBook(LogBookForm f) => Render(f, LogBookPdf.Render);

    private static byte[] Render<T>(T form, Func<T, byte[]> render)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(form);
        PdfSetup.EnsureInitialized();
        return render(form);
    }
}
