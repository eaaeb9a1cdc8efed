namespace MotCua.Web.Features.Forms;

/// <summary>
/// Mẫu số 04 — Phiếu xin lỗi và hẹn lại ngày trả kết quả. The processing agency apologises in writing, gives the
/// reason for the delay and one new date; the date may be moved only once (Decree 61/2018 Art. 19(9)).
/// </summary>
internal static class ApologyPdf
{
    public const string Title = "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ";

    public static byte[] Render(ApologyForm f)
    {
        var style = FormStyle.A5;
        using var w = new FormWriter(PageFormat.A5Portrait, Title);
        FormBlocks.FormNumber(w, style, "Mẫu số 04");
        FormBlocks.Heading(w, style, f.Header, FormDates.PlaceAndDate(f.Header.PlaceName, f.IssuedAt));
        FormBlocks.Title(w, style, Title);
        w.Gap(2);
        var body = w.Fonts.Get(style.Body);
        var bold = w.Fonts.Get(style.Body, FaceStyle.Bold);
        w.Paragraph([new("Kính gửi: ", body), new(f.Applicant.FullName, bold)], TextAlign.Center, spaceAfter: 4);
        FormBlocks.ApplicantContact(w, style, f.Applicant);
        w.Gap(2);

        w.Paragraph(
        [
            new($"Ngày {FormDates.Date(f.ReceivedAt)}, {f.ProcessingAgencyName} tiếp nhận giải quyết hồ sơ của Ông/Bà đề nghị giải quyết thủ tục: ", body),
            new(f.ProcedureName, bold),
            new(".", body),
        ]);
        w.Paragraph([new("Mã hồ sơ: ", body), new(f.DossierCode, bold)]);
        w.Paragraph([new("Thời gian hẹn trả kết quả giải quyết hồ sơ: ", body), new(FormDates.HourMinuteDate(f.OriginalDueAt), bold)]);
        w.Paragraph($"Tuy nhiên đến nay, {f.ProcessingAgencyName} chưa trả kết quả giải quyết hồ sơ của Ông/Bà đúng hạn như đã hẹn.", body);
        FormBlocks.Field(w, style, "Lý do:", f.Reason, boldValue: false);
        w.Paragraph(
        [
            new($"Sự chậm trễ này đã gây phiền hà, tốn kém chi phí đi lại của Ông/Bà. {f.ProcessingAgencyName} xin lỗi Ông/Bà và xin hẹn trả kết quả giải quyết hồ sơ vào: ", body),
            new(FormDates.HourMinuteDate(f.NewDueAt), bold),
            new(".", body),
        ]);
        w.Paragraph("Xin trân trọng cảm ơn sự hợp tác của Ông/Bà./.", w.Fonts.Get(style.Body, FaceStyle.Italic));

        var note = w.Fonts.Get(style.Small);
        FormBlocks.Signatures(
            w,
            style,
            [new SignatureColumn(f.SignerTitle.ToUpperInvariant(), "(Ký, ghi rõ họ tên và đóng dấu)", f.SignerName)],
            leftNote: [new("Nơi nhận:\n", w.Fonts.Get(style.Small, FaceStyle.BoldItalic)), new("- Như trên;\n- Bộ phận Một cửa;\n- Lưu: VT.", note)]);
        w.NumberPages(w.Fonts.Get(style.Small, FaceStyle.Italic), evenIfSinglePage: false);
        return w.Save();
    }
}
