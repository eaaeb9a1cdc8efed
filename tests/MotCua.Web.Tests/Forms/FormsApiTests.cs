using System.Net;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.Forms;

/// <summary>The forms filled from a real dossier, fetched over HTTP and read back with pdftotext.</summary>
public abstract class FormsApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    private static async Task<string> Pdf(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var size = PdfInfo.PageSize(bytes);
        Assert.InRange(size.Width, 418, 421); // A5
        return PdfText.ExtractInDrawingOrder(bytes);
    }

    [Fact]
    public async Task Every_form_of_a_dossier_carries_its_vietnamese_content()
    {
        app.Clock.Set(TestClock.Vn(2026, 9, 7, 8, 30));
        var reception = await app.ClientFor(Reception);
        var specialist = await app.ClientFor(PoliceSpecialist);
        var leader = await app.ClientFor(PoliceLeader);
        var code = (await reception.Intake(JudicialRecordIntake())).Str("code");

        var receipt = await Pdf(reception, $"/api/v1/dossiers/{code}/forms/01");
        Assert.Contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", receipt);
        Assert.Contains(code, receipt);
        Assert.Contains("Nguyễn Văn An", receipt);
        Assert.Contains("Cấp Phiếu lý lịch tư pháp", receipt);
        Assert.Contains("21/09/2026", receipt); // 10 working days after Mon 7 Sep 2026

        await reception.ActOk(code, "transfer");
        await specialist.ActOk(code, "request-supplement", new { items = new[] { "Bản sao Căn cước công dân" }, reason = "Bản sao mờ, không đọc được" });
        var supplement = await Pdf(specialist, $"/api/v1/dossiers/{code}/forms/02");
        Assert.Contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", supplement);
        Assert.Contains("Bản sao Căn cước công dân", supplement);

        app.Clock.Set(TestClock.Vn(2026, 9, 8, 9, 0));
        await reception.ActOk(code, "receive-supplement");
        app.Clock.Set(TestClock.Vn(2026, 9, 18, 9, 0));
        await specialist.ActOk(code, "apologize", new { newDueAt = TestClock.Vn(2026, 9, 29, 17, 0), reason = "Chờ kết quả xác minh lý lịch" });
        var apology = await Pdf(specialist, $"/api/v1/dossiers/{code}/forms/04");
        Assert.Contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", apology);
        Assert.Contains("29/09/2026", apology);
        Assert.Contains("Chờ kết quả xác minh lý lịch", apology);

        await specialist.ActOk(code, "forward");
        await leader.ActOk(code, "result-ready");
        var slip = await Pdf(reception, $"/api/v1/dossiers/{code}/forms/05");
        Assert.Contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", slip);
        Assert.Contains("Công an tỉnh Đồng Nai", slip);
        Assert.Contains("Đúng hạn", slip);
        await (await reception.GetAsync($"/api/v1/dossiers/{code}/forms/03")).Problem(HttpStatusCode.Conflict, "form-not-applicable");
        await (await reception.GetAsync($"/api/v1/dossiers/{code}/forms/09")).Problem(HttpStatusCode.NotFound, "unknown-form");
    }

    [Fact]
    public async Task Refusal_at_reception_prints_form_03_with_its_reasons()
    {
        app.Clock.Set(TestClock.Vn(2026, 9, 9, 9, 0));
        var reception = await app.ClientFor(Reception);
        var reference = (await reception.Intake(JudicialRecordIntake(outcome: "Refuse", reasons: ["Hồ sơ không thuộc thẩm quyền của Công an tỉnh"]))).Str("reference");

        var refusal = await Pdf(reception, $"/api/v1/dossiers/{reference}/forms/03");

        Assert.Contains("PHIẾU TỪ CHỐI", refusal);
        Assert.Contains("Hồ sơ không thuộc thẩm quyền của Công an tỉnh", refusal);
    }

    [Fact]
    public async Task The_log_book_numbers_a_years_dossiers_continuously()
    {
        app.Clock.Set(TestClock.Vn(2026, 10, 1, 9, 0));
        var reception = await app.ClientFor(Reception);
        var codes = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            codes.Add((await reception.Intake(JudicialRecordIntake())).Str("code"));
            app.Clock.Advance(TimeSpan.FromMinutes(5));
        }

        var response = await reception.GetAsync($"/api/v1/logbook/{Center}/2026");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.InRange(PdfInfo.PageSize(bytes).Width, 840, 843); // A4 landscape
        var text = PdfText.ExtractInDrawingOrder(bytes);
        Assert.Contains("SỔ THEO DÕI HỒ SƠ", text);
        var positions = codes.Select(c => text.IndexOf(c, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        var building = await app.ClientFor(BuildingSpecialist);
        await (await building.GetAsync($"/api/v1/logbook/{Center}/2026")).Problem(HttpStatusCode.Forbidden, "forbidden-scope");
    }
}

public sealed class FormsApiOnSqlite(SqliteApp app) : FormsApiTests<SqliteApp>(app);

public sealed class FormsApiOnPostgres(PostgresApp app) : FormsApiTests<PostgresApp>(app);
