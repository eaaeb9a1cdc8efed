namespace MotCua.Web.Features.Forms;

/// <summary>
/// Mẫu số 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. The officer must state the reason and ask for everything
/// missing at once (Decree 61/2018 Art. 15(3), Art. 17(2)(a)).
/// </summary>
internal static class SupplementRequestPdf
{
    public const string Title = "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ";

    public static byte[] Render(SupplementRequestForm f)
    {
        var style = FormStyle.A5;
        using var w = new FormWriter(PageFormat.A5Portrait, Title);
        FormBlocks.FormNumber(w, style, "Mẫu số 02");
        FormBlocks.Heading(w, style, f.Header, FormDates.PlaceAndDate(f.Header.PlaceName, f.IssuedAt));
        FormBlocks.Title(w, style, Title);
        if (!string.IsNullOrWhiteSpace(f.DossierCode))
        {
            w.Paragraph([new("Mã hồ sơ: ", w.Fonts.Get(style.Body)), new(f.DossierCode, w.Fonts.Get(style.Body, FaceStyle.Bold))], TextAlign.Center);
        }

        w.Gap(4);
        var body = w.Fonts.Get(style.Body);
        FormBlocks.Field(w, style, "Hồ sơ của:", f.Applicant.FullName);
        FormBlocks.ApplicantContact(w, style, f.Applicant);
        FormBlocks.Field(w, style, "Nội dung yêu cầu giải quyết:", f.ProcedureName);
        w.Gap(2);
        w.Paragraph("Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:", w.Fonts.Get(style.Body, FaceStyle.Bold));
        FormBlocks.NumberedList(w, style, f.Items);
        w.Gap(2);
        FormBlocks.Field(w, style, "Lý do:", f.Reason, boldValue: false);
        var contact = string.IsNullOrWhiteSpace(f.OfficerPhone) ? f.OfficerName : $"{f.OfficerName}, số điện thoại {f.OfficerPhone}";
        w.Paragraph(
            $"Trong quá trình bổ sung, hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ {contact} để được hướng dẫn.",
            w.Fonts.Get(style.Body, FaceStyle.Italic));

        FormBlocks.Signatures(w, style, [new SignatureColumn("NGƯỜI HƯỚNG DẪN", "(Ký và ghi rõ họ tên)", f.OfficerName)]);
        w.NumberPages(w.Fonts.Get(style.Small, FaceStyle.Italic), evenIfSinglePage: false);
        return w.Save();
    }
}
