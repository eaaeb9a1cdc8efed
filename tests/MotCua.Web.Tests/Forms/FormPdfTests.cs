using System.Globalization;
using System.Text.RegularExpressions;
using MotCua.Web.Features.Forms;

namespace MotCua.Web.Tests.Forms;

public class FormPdfTests
{
    private const double A5Width = 419.53;
    private const double A5Height = 595.28;
    private const double A4Long = 841.89;
    private const double A4Short = 595.28;

    /// <summary>pdftotext -layout pads columns with runs of spaces; collapse them to compare phrases.</summary>
    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ");

    private static void AssertContainsAll(string text, params string[] expected)
    {
        var flat = Flat(text);
        foreach (var phrase in expected)
        {
            Assert.True(flat.Contains(phrase, StringComparison.Ordinal), $"Missing in PDF text: \"{phrase}\"\n---\n{text}");
        }
    }

    private static void AssertEveryPageIs(byte[] pdf, double width, double height)
    {
        var sizes = PdfInfo.AllPageSizes(pdf);
        Assert.NotEmpty(sizes);
        Assert.All(sizes, size =>
        {
            Assert.InRange(size.Width, width - 1, width + 1);
            Assert.InRange(size.Height, height - 1, height + 1);
        });
    }

    /// <summary>No word may run past the right margin: long Vietnamese names must wrap, never overflow.</summary>
    private static void AssertNoWordOutsideMargins(byte[] pdf, double pageWidth)
    {
        var words = PdfText.Words(pdf);
        Assert.NotEmpty(words);
        var outside = words.Where(word => word.XMin < 28 || word.XMax > pageWidth - 28 + 0.5).ToList();
        Assert.True(outside.Count == 0, "Words outside the margins: " + string.Join(", ", outside.Select(w => $"'{w.Text}' [{w.XMin:0.#}–{w.XMax:0.#}] p{w.Page}")));
    }

    [Fact]
    public void Receipt_prints_title_code_applicant_documents_and_Vietnam_times()
    {
        var text = PdfText.Extract(FormPdf.Receipt(FormSamples.Receipt()));

        AssertContainsAll(text,
            "Mẫu số 01",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "UBND TỈNH ĐỒNG NAI",
            "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
            "Đồng Nai, ngày 13 tháng 02 năm 2026",
            FormSamples.Code,
            "Tra cứu tại: https://dichvucong.dongnai.gov.vn/tra-cuu/" + FormSamples.Code,
            "Tiếp nhận hồ sơ của: Nguyễn Thị Ánh Tuyết",
            "Địa chỉ: Ấp Bến Cỏ, xã Đại Phước, tỉnh Đồng Nai",
            "0912 345 678",
            "anhtuyet.nguyen@example.vn",
            "Bản sao chứng thực",
            "Xuất trình",
            "2. Số lượng hồ sơ: 01 (bộ)",
            "10 ngày làm việc",
            "4. Thời gian nhận hồ sơ: 08 giờ 30 phút, ngày 13/02/2026",
            "5. Thời gian trả kết quả giải quyết hồ sơ: 16 giờ 00 phút, ngày 27/02/2026",
            "Quầy số 5, Trung tâm Phục vụ hành chính công tỉnh Đồng Nai",
            "số thứ tự: 125",
            "NGƯỜI NỘP HỒ SƠ",
            "NGƯỜI TIẾP NHẬN HỒ SƠ",
            "Trần Thị Bích Ngọc");
    }

    [Fact]
    public void Receipt_is_a_single_A5_portrait_page()
    {
        var pdf = FormPdf.Receipt(FormSamples.Receipt());

        var (width, height) = PdfInfo.PageSize(pdf);
        Assert.InRange(width, A5Width - 1, A5Width + 1);
        Assert.InRange(height, A5Height - 1, A5Height + 1);
        Assert.Equal(1, PdfInfo.Pages(pdf));
    }

    [Fact]
    public void Receipt_QR_code_encodes_the_lookup_url()
    {
        var receipt = FormSamples.Receipt();

        var image = PdfImages.Single(FormPdf.Receipt(receipt));

        Assert.True(QrMatrix.Matches(image, receipt.LookupUrl), "The embedded QR image does not match the QR code of the lookup URL.");
        Assert.False(QrMatrix.Matches(image, receipt.LookupUrl + "x"), "The QR comparison cannot tell codes apart.");
    }

    [Fact]
    public void Long_procedure_and_document_names_wrap_inside_the_page()
    {
        var receipt = FormSamples.Receipt(FormSamples.LongProcedureName) with
        {
            Documents =
            [
                new FormDocumentLine(
                    "Hợp đồng chuyển nhượng quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất đã được công chứng tại Văn phòng công chứng Nguyễn Huệ, " +
                    "kèm Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất số CS 0123456789 do Sở Tài nguyên và Môi trường cấp",
                    "Bản chính", 1),
            ],
        };

        var pdf = FormPdf.Receipt(receipt);

        AssertNoWordOutsideMargins(pdf, A5Width);
        AssertContainsAll(PdfText.Extract(pdf),
            "Thủ tục đăng ký biến động quyền sử dụng đất",
            "thành của chung vợ và chồng",
            "Văn phòng công chứng Nguyễn Huệ",
            "do Sở Tài nguyên và Môi trường cấp");
        AssertEveryPageIs(pdf, A5Width, A5Height);
    }

    [Fact]
    public void Every_stacked_diacritic_survives_in_the_supplement_request()
    {
        var pdf = FormPdf.SupplementRequest(FormSamples.SupplementRequest());
        var text = PdfText.Extract(pdf);

        AssertContainsAll(text, FormSamples.DiacriticWords);
        AssertContainsAll(text,
            "Mẫu số 02",
            "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
            "Mã hồ sơ: " + FormSamples.Code,
            "Hồ sơ của: Nguyễn Thị Ánh Tuyết",
            "1. Bổ sung bản sao chứng thực Giấy khai sinh",
            "3. Thiếu giấy tờ cần thẩm định",
            "Lý do: Thành phần hồ sơ chưa đầy đủ",
            "Lê Văn Hưởng, số điện thoại 0251 3822 555",
            "NGƯỜI HƯỚNG DẪN");
        AssertEveryPageIs(pdf, A5Width, A5Height);
    }

    [Fact]
    public void Supplement_request_dates_are_converted_to_Vietnam_time_across_midnight()
    {
        // 18:15 UTC on 12 February is 01:15 on 13 February in Vietnam.
        var text = PdfText.Extract(FormPdf.SupplementRequest(FormSamples.SupplementRequest()));

        AssertContainsAll(text, "Đồng Nai, ngày 13 tháng 02 năm 2026");
        Assert.DoesNotContain("ngày 12 tháng 02", Flat(text), StringComparison.Ordinal);
    }

    [Fact]
    public void Refusal_lists_the_reasons_and_omits_a_missing_dossier_code()
    {
        var pdf = FormPdf.Refusal(FormSamples.Refusal());
        var text = PdfText.Extract(pdf);

        AssertContainsAll(text,
            "Mẫu số 03",
            "PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ",
            "Đồng Nai, ngày 05 tháng 3 năm 2026",
            "Tiếp nhận hồ sơ của: Nguyễn Thị Ánh Tuyết",
            "1. Yêu cầu không thuộc thẩm quyền giải quyết của Sở Tư pháp tỉnh Đồng Nai",
            "Phạm Thị Ngọc Ẩn");
        AssertContainsAll(text, FormSamples.DiacriticWords);
        Assert.DoesNotContain("Mã hồ sơ", text, StringComparison.Ordinal);
        AssertEveryPageIs(pdf, A5Width, A5Height);
    }

    [Fact]
    public void Apology_gives_the_original_and_the_new_date()
    {
        var pdf = FormPdf.Apology(FormSamples.Apology());
        var text = PdfText.Extract(pdf);

        AssertContainsAll(text,
            "Mẫu số 04",
            "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
            "Kính gửi: Nguyễn Thị Ánh Tuyết",
            "Ngày 13/02/2026, Sở Tư pháp tỉnh Đồng Nai tiếp nhận",
            "Mã hồ sơ: " + FormSamples.Code,
            "Thời gian hẹn trả kết quả giải quyết hồ sơ: 16 giờ 00 phút, ngày 27/02/2026",
            "Lý do: Cơ quan Công an chưa có kết quả xác minh",
            "09 giờ 00 phút, ngày 04/03/2026",
            "GIÁM ĐỐC",
            "Võ Thị Mỹ Hạnh",
            "Đồng Nai, ngày 26 tháng 02 năm 2026");
        AssertEveryPageIs(pdf, A5Width, A5Height);
    }

    [Fact]
    public void Control_slip_with_12_rows_flows_over_A5_pages_repeating_the_table_header()
    {
        var pdf = FormPdf.ControlSlip(FormSamples.ControlSlip(12));
        var text = PdfText.Extract(pdf);
        var pages = PdfInfo.Pages(pdf);

        Assert.True(pages >= 2, $"12 hand-overs should not fit on one A5 page, got {pages}.");
        AssertEveryPageIs(pdf, A5Width, A5Height);
        Assert.Equal(pages, Regex.Count(text, "GHI CHÚ"));
        Assert.Equal(pages, Regex.Count(text, "THỜI GIAN GIAO, NHẬN HỒ SƠ"));
        AssertContainsAll(text,
            "Mẫu số 05",
            "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
            "Mã hồ sơ: " + FormSamples.Code,
            "Chủ hồ sơ: Nguyễn Thị Ánh Tuyết",
            "Cơ quan (bộ phận) giải quyết hồ sơ: Sở Tư pháp tỉnh Đồng Nai",
            "Giao: 14 giờ 30 phút, ngày 13/02/2026",   // row 1: 01:30 UTC + 6 h = 07:30 UTC = 14:30 in Vietnam
            "Trước hạn", "Đúng hạn", "Quá hạn");
        AssertContainsAll(PdfText.ExtractInDrawingOrder(pdf), "Chậm do chờ kết quả xác minh");
        foreach (var i in Enumerable.Range(1, 12))
        {
            AssertContainsAll(text, $"({i:00})");
        }
    }

    [Fact]
    public void A_control_slip_row_taller_than_a_page_is_split_without_losing_or_repeating_a_line()
    {
        var note = string.Join(' ', Enumerable.Range(1, 400).Select(i => $"ý{i:0000}"));
        var slip = FormSamples.ControlSlip(2) with
        {
            Rows = [FormSamples.ControlRow(1), FormSamples.ControlRow(2) with { Note = note }, FormSamples.ControlRow(3)],
        };

        var pdf = FormPdf.ControlSlip(slip);
        var text = PdfText.Extract(pdf);

        Assert.True(PdfInfo.Pages(pdf) >= 3, "400 words in a narrow column should need more than two A5 pages.");
        AssertEveryPageIs(pdf, A5Width, A5Height);
        AssertNoWordOutsideMargins(pdf, A5Width);
        foreach (var i in Enumerable.Range(1, 400))
        {
            Assert.Equal(1, Regex.Count(text, $"ý{i:0000}"));
        }

        Assert.Equal(PdfInfo.Pages(pdf), Regex.Count(text, "GHI CHÚ"));
    }

    [Fact]
    public void Log_book_of_2000_rows_spans_many_A4_landscape_pages_with_continuous_numbers_and_repeated_header()
    {
        var pdf = FormPdf.LogBook(FormSamples.LogBook(2000));
        var text = PdfText.Extract(pdf);
        var pages = PdfInfo.Pages(pdf);

        Assert.True(pages > 50, $"2,000 entries should need many pages, got {pages}.");
        AssertEveryPageIs(pdf, A4Long, A4Short);
        Assert.Equal(pages, Regex.Count(text, @"\bSTT\b"));
        Assert.Equal(pages, Regex.Count(text, "Cơ quan chủ trì"));
        AssertContainsAll(text, "Mẫu số 06", "SỔ THEO DÕI HỒ SƠ", "Năm 2026", "Trang 1/" + pages, $"Trang {pages}/{pages}");

        // Each entry's number starts its row, followed by its own dossier code, in order 1..2000 with none lost.
        var numbers = Regex.Matches(text, @"^\s*(\d+)\s+(000\.00\.00\.H19-\d{6}-\d{4})", RegexOptions.Multiline)
            .Select(m => (Number: int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Code: m.Groups[2].Value))
            .ToList();
        Assert.Equal(Enumerable.Range(1, 2000), numbers.Select(n => n.Number));
        Assert.All(numbers, n => Assert.Equal(FormSamples.LogCode(n.Number), n.Code));
    }

    [Fact]
    public void Log_book_prints_times_in_Vietnam_time_and_wraps_long_names_inside_the_page()
    {
        var pdf = FormPdf.LogBook(FormSamples.LogBook(30));
        var text = PdfText.Extract(pdf);

        // Entry 1 is received at 01:00 UTC + 2 h = 03:00 UTC = 10:00 on 05/01/2026 in Vietnam.
        AssertContainsAll(text, "10:00", "05/01/2026");
        AssertContainsAll(PdfText.ExtractInDrawingOrder(pdf), "10:00 05/01/2026", "Quá hạn, đã xin lỗi", "Công ty TNHH Cơ khí Đồng Tiến",
            FormSamples.LongProcedureName);
        AssertNoWordOutsideMargins(pdf, A4Long);
    }

    [Fact]
    public void An_empty_log_book_still_prints_its_heading_and_table_header()
    {
        var pdf = FormPdf.LogBook(FormSamples.LogBook(0));

        Assert.Equal(1, PdfInfo.Pages(pdf));
        AssertContainsAll(PdfText.Extract(pdf), "SỔ THEO DÕI HỒ SƠ", "Năm 2026", "STT", "Trang 1/1");
    }

    [Fact]
    public void Every_form_embeds_subset_Unicode_fonts()
    {
        byte[][] pdfs =
        [
            FormPdf.Receipt(FormSamples.Receipt()), FormPdf.SupplementRequest(FormSamples.SupplementRequest()),
            FormPdf.Refusal(FormSamples.Refusal()), FormPdf.Apology(FormSamples.Apology()),
            FormPdf.ControlSlip(FormSamples.ControlSlip(3)), FormPdf.LogBook(FormSamples.LogBook(3)),
        ];

        foreach (var pdf in pdfs)
        {
            var fonts = Poppler.Run("pdffonts", pdf, "{pdf}");
            var rows = fonts.Split('\n').Skip(2).Where(line => line.Trim().Length > 0).ToList();
            Assert.NotEmpty(rows);
            // Columns: name type encoding emb sub uni; every face must be an embedded, subset Liberation Sans with a Unicode map.
            Assert.All(rows, row =>
            {
                Assert.Contains("Liberation Sans", row, StringComparison.Ordinal);
                Assert.Matches(@"Identity-H\s+yes\s+yes\s+yes", row);
            });
        }
    }
}
