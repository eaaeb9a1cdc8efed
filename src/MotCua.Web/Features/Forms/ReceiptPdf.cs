using System.Globalization;

namespace MotCua.Web.Features.Forms;

/// <summary>Mẫu số 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Decree 61/2018 Art. 17; Circular 01/2018 Art. 9).</summary>
internal static class ReceiptPdf
{
    public const string Title = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ";
    private const double QrSize = 66;

    public static byte[] Render(ReceiptForm f)
    {
        var style = FormStyle.A5;
        using var w = new FormWriter(PageFormat.A5Portrait, Title);
        FormBlocks.FormNumber(w, style, "Mẫu số 01");
        FormBlocks.Heading(w, style, f.Header, FormDates.PlaceAndDate(f.Header.PlaceName, f.ReceivedAt));
        FormBlocks.Title(w, style, Title);
        CodeAndQr(w, style, f);

        var body = w.Fonts.Get(style.Body);
        var bold = w.Fonts.Get(style.Body, FaceStyle.Bold);
        FormBlocks.Field(w, style, "Tiếp nhận hồ sơ của:", f.Applicant.FullName);
        FormBlocks.ApplicantContact(w, style, f.Applicant);
        FormBlocks.Field(w, style, "Nội dung yêu cầu giải quyết:", f.ProcedureName);

        w.Paragraph("1. Thành phần hồ sơ nộp gồm:", body, spaceAfter: 2);
        DocumentsTable(w, style, f.Documents);
        w.Gap(3);
        w.Paragraph([new("2. Số lượng hồ sơ: ", body), new(f.Sets.ToString("00", CultureInfo.InvariantCulture), bold), new(" (bộ)", body)]);
        w.Paragraph([new("3. Thời gian giải quyết hồ sơ theo quy định: ", body), new(f.StatutoryTime, bold)]);
        w.Paragraph([new("4. Thời gian nhận hồ sơ: ", body), new(FormDates.HourMinuteDate(f.ReceivedAt), bold)]);
        w.Paragraph([new("5. Thời gian trả kết quả giải quyết hồ sơ: ", body), new(FormDates.HourMinuteDate(f.DueAt), bold)]);
        w.Paragraph([new("6. Đăng ký nhận kết quả tại: ", body), new(f.ResultPlace, bold)]);
        if (f.LogBookNumber is { } number)
        {
            // The electronic log book is opened per year (Circular 01/2018 Art. 10(2)), so the year identifies the book.
            var year = FormDates.ToVietnam(f.ReceivedAt).Year.ToString(CultureInfo.InvariantCulture);
            w.Paragraph([new($"Vào Sổ theo dõi hồ sơ năm {year}, số thứ tự: ", body), new(number.ToString(CultureInfo.InvariantCulture), bold)]);
        }

        FormBlocks.Signatures(w, style,
        [
            new SignatureColumn("NGƯỜI NỘP HỒ SƠ", "(Ký và ghi rõ họ tên)", f.Applicant.FullName),
            new SignatureColumn("NGƯỜI TIẾP NHẬN HỒ SƠ", "(Ký và ghi rõ họ tên)", f.ReceiverName),
        ]);
        w.NumberPages(w.Fonts.Get(style.Small, FaceStyle.Italic), evenIfSinglePage: false);
        return w.Save();
    }

    /// <summary>
    /// The dossier code in large type beside its QR code (Circular 01/2018 Art. 19(2) allows barcodes and QR codes
    /// alongside the code), so the applicant can look the dossier up by scanning or typing.
    /// </summary>
    private static void CodeAndQr(FormWriter w, FormStyle style, ReceiptForm f)
    {
        var hasQr = !string.IsNullOrWhiteSpace(f.LookupUrl);
        var textWidth = w.ContentWidth - (hasQr ? QrSize + 8 : 0);
        List<TextLine> lines =
        [
            .. w.Layout.Wrap([new TextRun("Mã hồ sơ:", w.Fonts.Get(style.Body))], textWidth),
            .. w.Layout.Wrap([new TextRun(f.DossierCode, w.Fonts.Get(14, FaceStyle.Bold))], textWidth),
        ];

        var textHeight = lines.Sum(line => line.Height);
        var height = Math.Max(textHeight, hasQr ? QrSize : 0);
        w.EnsureSpace(height);
        var top = w.Y;
        w.DrawLines(lines, w.Left, top + ((height - textHeight) / 2), textWidth, TextAlign.Center);
        if (hasQr)
        {
            w.DrawImage(QrCodeImage.Png(f.LookupUrl), w.Right - QrSize, top, QrSize);
        }

        w.Y = top + height + 2;
        if (hasQr)
        {
            w.Paragraph([new TextRun("Tra cứu tại: ", w.Fonts.Get(style.Small)), new TextRun(f.LookupUrl, w.Fonts.Get(style.Small, FaceStyle.Italic))], TextAlign.Center, spaceAfter: 4);
        }
    }

    private static void DocumentsTable(FormWriter w, FormStyle style, IReadOnlyList<FormDocumentLine> documents)
    {
        var size = style.Table;
        var columns = new TableColumn[] { new(7, TextAlign.Center), new(59), new(22, TextAlign.Center), new(12, TextAlign.Center) };
        var header = new[] { "TT", "Tên loại giấy tờ", "Hình thức", "Số lượng" }
            .Select(text => FormBlocks.Cell(w, size, text, FaceStyle.Bold)).ToList();
        var rows = documents.Select((d, i) => (IReadOnlyList<TableCell>)
        [
            FormBlocks.Cell(w, size, (i + 1).ToString(CultureInfo.InvariantCulture)),
            FormBlocks.Cell(w, size, d.Name),
            FormBlocks.Cell(w, size, d.Form),
            FormBlocks.Cell(w, size, d.Count.ToString("00", CultureInfo.InvariantCulture)),
        ]);
        new FormTable(w, columns, [header]).Draw(rows);
    }
}
