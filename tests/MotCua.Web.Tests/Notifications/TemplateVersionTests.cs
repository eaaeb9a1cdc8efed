using System.Globalization;
using System.Net;
using MotCua.Domain;
using MotCua.Web.Features.Outbox;
using MotCua.Web.Tests.Desk;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.Notifications;

/// <summary>
/// Wordings are law-like data: an administrator prepares a new wording ahead, it applies to events from its day on, a
/// day already past is refused, and the versions are listed with their state.
/// </summary>
public abstract class TemplateVersionTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : MotCuaApp
{
    private const string Url = "/can-bo/quan-tri/mau-thong-bao?chu-de=dossier.received&kenh=email&ngon-ngu=vi";

    private static Dictionary<string, string> Fields(DateOnly from, string text) => new()
    {
        ["Input.Topic"] = OutboxTopics.DossierReceived, ["Input.Channel"] = "email", ["Input.Language"] = "vi", ["Input.Version"] = "",
        ["Input.EffectiveFrom"] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Input.Subject"] = "Tiếp nhận {code}", ["Input.Text"] = text, ["Input.Html"] = "", ["Input.Intent"] = "save",
    };

    private async Task<string> ReceiveAsync(string email)
    {
        using var reception = await app.ClientFor(Reception);
        return (await reception.Intake(new
        {
            procedureCode = JudicialRecord,
            applicant = new { kind = "Person", fullName = "Đỗ Thị Mẫu", email },
            receivedComponents = new[] { "TP01", "TP02" },
            notifyBy = new[] { "Email" },
        })).Str("code");
    }

    [Fact]
    public async Task A_wording_prepared_for_tomorrow_applies_to_events_from_tomorrow_and_a_past_day_is_refused()
    {
        app.Clock.Set(TestClock.Vn(2026, 6, 30, 10, 0));
        var today = VietnamTime.LocalDate(app.Clock.GetUtcNow());
        var admin = await app.PagesFor("admin@demo.motcua.vn");
        await using var instance = app.Instance(email: true);
        await instance.SettleEarlierMessagesAsync();

        var past = await admin.PostForm(Url, "template", Fields(today.AddDays(-1), "Cu {code}"));
        var saved = await admin.PostForm(Url, "template", Fields(today.AddDays(1), "Theo quy dinh moi: da nhan ho so {code}."));

        Assert.Contains("Ngày áp dụng không được trước hôm nay", WebUtility.HtmlDecode(await past.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (_, listed) = await admin.Page(Url);
        Assert.Contains("Chưa đến ngày áp dụng", listed, StringComparison.Ordinal);
        Assert.Contains("Đang dùng mẫu mặc định.", listed, StringComparison.Ordinal);

        var todayAddress = Mailbox.NewAddress();
        var todayCode = await ReceiveAsync(todayAddress);
        await instance.Dispatcher().DrainAsync();
        app.Clock.Advance(TimeSpan.FromDays(1));
        var tomorrowAddress = Mailbox.NewAddress();
        var tomorrowCode = await ReceiveAsync(tomorrowAddress);
        await instance.Dispatcher().DrainAsync();

        Assert.StartsWith($"Bộ phận Một cửa đã tiếp nhận hồ sơ {todayCode}", (await Mailbox.WaitForAsync(todayAddress, TimeSpan.FromSeconds(20))).Text,
            StringComparison.Ordinal);
        Assert.Equal($"Theo quy dinh moi: da nhan ho so {tomorrowCode}.", (await Mailbox.WaitForAsync(tomorrowAddress, TimeSpan.FromSeconds(20))).Text.Trim());
        var (_, inForce) = await admin.Page(Url);
        Assert.Contains("Đang dùng mẫu đã sửa, áp dụng từ", inForce, StringComparison.Ordinal);
        Assert.Contains("Đang áp dụng", inForce, StringComparison.Ordinal);
    }
}

public sealed class TemplateVersionsOnSqlite(SqliteApp app) : TemplateVersionTests<SqliteApp>(app);

public sealed class TemplateVersionsOnPostgres(PostgresApp app) : TemplateVersionTests<PostgresApp>(app);
