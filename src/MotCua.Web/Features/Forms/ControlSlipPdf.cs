namespace MotCua.Web.Features.Forms;

/// <summary>
/// Mẫu số 05 — Phiếu kiểm soát quá trình giải quyết hồ sơ. It follows the paper dossier from hand to hand: each
/// hand-over is recorded with time and person, and each step's result against its own deadline
/// (Decree 61/2018 Art. 18–19; Circular 01/2018 Art. 9, Art. 23(1)).
/// </summary>
internal static class ControlSlipPdf
{
    public const string Title = "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ";

    public static byte[] Render(ControlSlipForm f)
    {
        var style = FormStyle.A5;
        using var w = new FormWriter(PageFormat.A5Portrait, Title);
        FormBlocks.FormNumber(w, style, "Mẫu số 05");
        FormBlocks.Heading(w, style, f.Header, placeAndDate: null);
        FormBlocks.Title(w, style, Title);
        w.Paragraph([new("Mã hồ sơ: ", w.Fonts.Get(style.Body)), new(f.DossierCode, w.Fonts.Get(style.Body + 1, FaceStyle.Bold))], TextAlign.Center, spaceAfter: 5);

        FormBlocks.Field(w, style, "Chủ hồ sơ:", f.Applicant.FullName);
        FormBlocks.ApplicantContact(w, style, f.Applicant);
        FormBlocks.Field(w, style, "Thủ tục hành chính:", f.ProcedureName);
        FormBlocks.Field(w, style, "Thời gian nhận hồ sơ:", FormDates.HourMinuteDate(f.ReceivedAt));
        FormBlocks.Field(w, style, "Thời gian hẹn trả kết quả:", FormDates.HourMinuteDate(f.DueAt));
        FormBlocks.Field(w, style, "Cơ quan (bộ phận) giải quyết hồ sơ:", f.ProcessingAgencyName);
        w.Gap(4);

        // The slip travels with the paper dossier; a second sheet must still say which dossier it belongs to.
        w.ContinuationPageStarted = page => page.Paragraph(
            $"Phiếu kiểm soát quá trình giải quyết hồ sơ — Mã hồ sơ: {f.DossierCode} (tiếp theo)",
            page.Fonts.Get(style.Small, FaceStyle.Italic), TextAlign.Right, spaceAfter: 3);

        var size = style.Table - 0.5;
        var columns = new TableColumn[]
        {
            new(23), new(38), new(14, TextAlign.Center), new(13, TextAlign.Center), new(12),
        };
        var header = new[]
        {
            "TÊN CƠ QUAN / BƯỚC", "THỜI GIAN GIAO, NHẬN HỒ SƠ", "HẠN", "KẾT QUẢ (Trước hạn/ Đúng hạn/ Quá hạn)", "GHI CHÚ",
        }.Select(text => FormBlocks.Cell(w, size, text, FaceStyle.Bold)).ToList();
        new FormTable(w, columns, [header]).Draw(f.Rows.Select(row => Row(w, size, row)));

        w.NumberPages(w.Fonts.Get(style.Small, FaceStyle.Italic), evenIfSinglePage: false);
        return w.Save();
    }

    private static IReadOnlyList<TableCell> Row(FormWriter w, double size, ControlSlipRow row)
    {
        var regular = w.Fonts.Get(size);
        var bold = w.Fonts.Get(size, FaceStyle.Bold);
        var italic = w.Fonts.Get(size, FaceStyle.Italic);

        var handOver = new List<TextRun>();
        void Part(string label, DateTimeOffset? at, string personLabel, string? person)
        {
            if (at is null && string.IsNullOrWhiteSpace(person))
            {
                return;
            }

            if (handOver.Count > 0)
            {
                handOver.Add(new TextRun("\n", regular));
            }

            handOver.Add(new TextRun(label + " ", bold));
            handOver.Add(new TextRun(at is { } value ? FormDates.HourMinuteDate(value) : "…", regular));
            if (!string.IsNullOrWhiteSpace(person))
            {
                handOver.Add(new TextRun($"\n{personLabel}: ", italic));
                handOver.Add(new TextRun(person, regular));
            }
        }

        Part("Giao:", row.HandedOverAt, "Người giao", row.HandedOverBy);
        Part("Nhận:", row.ReceivedAt, "Người nhận", row.ReceivedBy);

        return
        [
            new TableCell(string.IsNullOrWhiteSpace(row.StepName)
                ? [new TextRun(row.AgencyName, bold)]
                : [new TextRun(row.AgencyName, bold), new TextRun("\n" + row.StepName, regular)]),
            new TableCell(handOver),
            FormBlocks.Cell(w, size, FormDates.CompactOrBlank(row.DueAt)),
            FormBlocks.Cell(w, size, row.Result, row.Result == "Quá hạn" ? FaceStyle.Bold : FaceStyle.Regular),
            FormBlocks.Cell(w, size, row.Note),
        ];
    }
}
