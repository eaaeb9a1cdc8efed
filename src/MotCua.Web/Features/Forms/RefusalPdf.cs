namespace MotCua.Web.Features.Forms;

/// <summary>
/// Mẫu số 03 — Phiếu từ chối tiếp nhận, giải quyết hồ sơ. A refusal must state its specific reasons in writing
/// (Decree 61/2018 Art. 17(2)(b), Art. 19(8)).
/// </summary>
internal static class RefusalPdf
{
    public const string Title = "PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ";

    public static byte[] Render(RefusalForm f)
    {
        var style = FormStyle.A5;
        using var w = new FormWriter(PageFormat.A5Portrait, Title);
        FormBlocks.FormNumber(w, style, "Mẫu số 03");
        FormBlocks.Heading(w, style, f.Header, FormDates.PlaceAndDate(f.Header.PlaceName, f.IssuedAt));
        FormBlocks.Title(w, style, Title);
        if (!string.IsNullOrWhiteSpace(f.DossierCode))
        {
            w.Paragraph([new("Mã hồ sơ: ", w.Fonts.Get(style.Body)), new(f.DossierCode, w.Fonts.Get(style.Body, FaceStyle.Bold))], TextAlign.Center);
        }

        w.Gap(4);
        FormBlocks.Field(w, style, "Tiếp nhận hồ sơ của:", f.Applicant.FullName);
        FormBlocks.ApplicantContact(w, style, f.Applicant);
        FormBlocks.Field(w, style, "Nội dung yêu cầu giải quyết:", f.ProcedureName);
        w.Gap(2);
        w.Paragraph(
            "Qua xem xét, hồ sơ không được tiếp nhận, giải quyết với lý do cụ thể như sau:",
            w.Fonts.Get(style.Body, FaceStyle.Bold));
        FormBlocks.NumberedList(w, style, f.Reasons);
        w.Gap(2);
        w.Paragraph("Xin thông báo cho Ông/Bà được biết và thực hiện./.", w.Fonts.Get(style.Body, FaceStyle.Italic));

        FormBlocks.Signatures(w, style, [new SignatureColumn("NGƯỜI TIẾP NHẬN HỒ SƠ", "(Ký và ghi rõ họ tên)", f.OfficerName)]);
        w.NumberPages(w.Fonts.Get(style.Small, FaceStyle.Italic), evenIfSinglePage: false);
        return w.Save();
    }
}
