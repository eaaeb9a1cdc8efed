using System.Globalization;
using MotCua.Web.Features.Forms;

namespace MotCua.Web.Tests.Forms;

/// <summary>Realistic Đồng Nai data; times are given in UTC so the tests prove the conversion to Vietnam time.</summary>
internal static class FormSamples
{
    public static readonly FormHeader Header = new("UBND TỈNH ĐỒNG NAI", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "Đồng Nai");

    public static readonly FormApplicant Applicant = new(
        "Nguyễn Thị Ánh Tuyết", "075186001234", "Ấp Bến Cỏ, xã Đại Phước, tỉnh Đồng Nai", "0912 345 678", "anhtuyet.nguyen@example.vn");

    public const string Code = "000.00.00.H19-260213-0007";
    public const string ProcedureName = "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam";

    /// <summary>
    /// A procedure name long enough to wrap over several lines on A5 (real names in the national TTHC database
    /// run this long).
    /// </summary>
    public const string LongProcedureName =
        "Thủ tục đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển đổi, " +
        "chuyển nhượng, cho thuê, cho thuê lại, thừa kế, tặng cho, góp vốn bằng quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất; " +
        "chuyển quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất của vợ hoặc chồng thành của chung vợ và chồng";

    /// <summary>Words carrying every stacked diacritic (ấ ầ ẩ ẫ ậ ắ ằ ẳ ẵ ặ ế ề ể ễ ệ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ứ ừ ử ữ ự), Ỹ, Đ and đ.</summary>
    public static readonly string[] DiacriticWords =
    [
        "giấy", "cần", "thẩm", "mẫu", "nhận", "chắc", "bằng", "khẳng", "sẵn", "đặc", "thế", "nghề", "kiểm", "Nguyễn", "Việt",
        "số", "hồ", "bổ", "mỗi", "hộ", "mới", "thời", "sở", "gỡ", "hợp", "chứng", "từ", "cử", "những", "thực", "MỸ", "Đồng", "đất",
    ];

    public static readonly string DiacriticSentence =
        "Thiếu giấy tờ cần thẩm định theo mẫu; nhận chắc chắn bằng văn bản khẳng định sẵn có, đặc biệt thế chấp, nghề nghiệp, kiểm tra " +
        "họ tên Nguyễn, quốc tịch Việt Nam, số hồ sơ, bổ sung mỗi hộ, bản mới, thời hạn, trụ sở, tháo gỡ, hợp lệ, chứng thực, từ chối, " +
        "ủy quyền cử người, những giấy tờ thực hiện tại HOA KỲ (MỸ), Đồng Nai, quyền sử dụng đất.";

    public static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    public static ReceiptForm Receipt(string procedureName = ProcedureName) => new(
        Header, Code, Applicant, procedureName,
        [
            new FormDocumentLine("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp số 1 (Mẫu số 03/2013/TT-LLTP)", "Bản chính", 1),
            new FormDocumentLine("Căn cước công dân của người được cấp Phiếu lý lịch tư pháp", "Bản sao chứng thực", 1),
            new FormDocumentLine("Giấy xác nhận thông tin về cư trú do Công an xã Đại Phước cấp", "Xuất trình", 1),
            new FormDocumentLine("Văn bản ủy quyền (trường hợp ủy quyền cho người khác làm thủ tục)", "Bản sao", 2),
        ],
        Sets: 1,
        StatutoryTime: "10 ngày làm việc",
        ReceivedAt: Utc(2026, 2, 13, 1, 30),   // 08:30 in Vietnam
        DueAt: Utc(2026, 2, 27, 9, 0),         // 16:00 in Vietnam
        ResultPlace: "Quầy số 5, Trung tâm Phục vụ hành chính công tỉnh Đồng Nai",
        LogBookNumber: 125,
        ReceiverName: "Trần Thị Bích Ngọc",
        LookupUrl: "https://dichvucong.dongnai.gov.vn/tra-cuu/" + Code);

    public static SupplementRequestForm SupplementRequest() => new(
        Header, Code, Applicant, ProcedureName,
        [
            "Bổ sung bản sao chứng thực Giấy khai sinh của người được cấp Phiếu lý lịch tư pháp",
            "Hoàn thiện Tờ khai: ghi rõ nơi cư trú từ năm đủ 14 tuổi đến nay, kèm chữ ký của người khai",
            DiacriticSentence,
        ],
        Reason: "Thành phần hồ sơ chưa đầy đủ theo quy định tại Điều 45 Luật Lý lịch tư pháp",
        OfficerName: "Lê Văn Hưởng",
        OfficerPhone: "0251 3822 555",
        IssuedAt: Utc(2026, 2, 12, 18, 15));   // 01:15 on 13/02 in Vietnam

    public static RefusalForm Refusal() => new(
        Header, null, Applicant, ProcedureName,
        [
            "Yêu cầu không thuộc thẩm quyền giải quyết của Sở Tư pháp tỉnh Đồng Nai",
            DiacriticSentence,
        ],
        OfficerName: "Phạm Thị Ngọc Ẩn",
        IssuedAt: Utc(2026, 3, 5, 3, 0));

    public static ApologyForm Apology() => new(
        Header, Code, Applicant, ProcedureName,
        ReceivedAt: Utc(2026, 2, 13, 1, 30),
        OriginalDueAt: Utc(2026, 2, 27, 9, 0),
        NewDueAt: Utc(2026, 3, 4, 2, 0),       // 09:00 in Vietnam
        Reason: "Cơ quan Công an chưa có kết quả xác minh thông tin về án tích của người yêu cầu",
        ProcessingAgencyName: "Sở Tư pháp tỉnh Đồng Nai",
        SignerName: "Võ Thị Mỹ Hạnh",
        SignerTitle: "Giám đốc",
        IssuedAt: Utc(2026, 2, 26, 2, 0));

    public static ControlSlipForm ControlSlip(int rows = 12) => new(
        Header, Code, Applicant, ProcedureName,
        ReceivedAt: Utc(2026, 2, 13, 1, 30),
        DueAt: Utc(2026, 2, 27, 9, 0),
        ProcessingAgencyName: "Sở Tư pháp tỉnh Đồng Nai",
        Rows: [.. Enumerable.Range(1, rows).Select(ControlRow)]);

    private static readonly string[] Steps =
        ["Tiếp nhận và chuyển hồ sơ", "Thẩm định hồ sơ", "Xác minh án tích", "Trình ký", "Ký duyệt kết quả", "Trả kết quả"];

    private static readonly string[] Agencies =
        ["Trung tâm Phục vụ hành chính công", "Phòng Hành chính tư pháp", "Công an tỉnh Đồng Nai", "Văn phòng Sở Tư pháp"];

    private static readonly string?[] Results = ["Trước hạn", "Đúng hạn", "Quá hạn", null];

    public static ControlSlipRow ControlRow(int i)
    {
        var start = Utc(2026, 2, 13, 1, 30).AddHours(6 * i);
        return new ControlSlipRow(
            $"{Agencies[i % Agencies.Length]} ({i.ToString("00", CultureInfo.InvariantCulture)})",
            Steps[i % Steps.Length],
            start, "Trần Thị Bích Ngọc",
            start.AddMinutes(20), i % 4 == 3 ? null : "Hoàng Văn Thắng",
            start.AddDays(1),
            Results[i % Results.Length],
            i == 3 ? "Chậm do chờ kết quả xác minh" : null);
    }

    public static LogBookForm LogBook(int rows) => new(
        Header, "Trung tâm Phục vụ hành chính công tỉnh Đồng Nai", 2026,
        [.. Enumerable.Range(1, rows).Select(LogRow)]);

    public static string LogCode(int number) => $"000.00.00.H19-26{(number / 50 % 12) + 1:00}{(number % 28) + 1:00}-{number:0000}";

    private static readonly string[] People =
        ["Nguyễn Thị Ánh Tuyết", "Trần Văn Bảo", "Lê Hoàng Quốc Việt", "Công ty TNHH Cơ khí Đồng Tiến", "Phạm Thị Mỹ Duyên"];

    private static LogBookRow LogRow(int n)
    {
        var received = Utc(2026, 1, 5, 1, 0).AddHours(n * 2);
        return new LogBookRow(
            n, LogCode(n),
            n % 7 == 0 ? LongProcedureName : "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam",
            (n % 3) + 1,
            People[n % People.Length],
            "Ấp Bến Cỏ, xã Đại Phước, tỉnh Đồng Nai; 0912 345 678",
            "Sở Tư pháp tỉnh Đồng Nai",
            received, received.AddDays(14),
            received.AddHours(3),
            n % 5 == 0 ? null : received.AddDays(10),
            n % 5 == 0 ? null : received.AddDays(12),
            n % 11 == 0 ? "Quá hạn, đã xin lỗi" : null);
    }
}
