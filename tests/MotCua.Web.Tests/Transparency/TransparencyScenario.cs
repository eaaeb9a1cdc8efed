using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Features.Statistics;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.Transparency;

/// <summary>
/// March 2026 as the public sees it on Wed 25 Mar 2026 at 10:00, put in place through the HTTP API. Police dossiers
/// (judicial record, 10 working days, received at the provincial center):
/// A received 2 Mar, result ready 5 Mar: resolved in time;
/// B received 2 Mar, result ready 20 Mar (due 16 Mar): resolved late;
/// C received 3 Mar, still in processing (due 17 Mar): open and overdue;
/// D received 20 Mar, still in processing (due 3 Apr): open in time.
/// Trấn Biên (commune): M received 24 Mar, marital status, open in time.
/// For 1–25 Mar the police count received 4 (counter 4), resolved 2, in time 1, late 1, open 2 (1 overdue), on-time
/// rate (1 + 2 − 1) / (2 + 2) = 2/4; Trấn Biên received 1, open 1, rate 1/1; the province the sum of both.
/// Every applicant is named <see cref="ApplicantName"/> with phone <see cref="ApplicantPhone"/>, to prove no public output shows them.
/// </summary>
public sealed record TransparencyScenario(string A, string B, string C, string D, string M)
{
    public const string ApplicantName = "Hoàng Thị Kín Đáo";
    public const string ApplicantPhone = "0977123456";
    public const string ApplicantId = "075190007777";
    public const string PoliceName = "Công an tỉnh Đồng Nai";
    public const string March = "from=2026-03-01&to=2026-03-25";

    public static DateTimeOffset Now => TestClock.Vn(2026, 3, 25, 10, 0);

    private static readonly ConcurrentDictionary<MotCuaApp, Lazy<Task<TransparencyScenario>>> Built = new();

    public static async Task<TransparencyScenario> ForAsync(MotCuaApp app)
    {
        var scenario = await Built.GetOrAdd(app, a => new Lazy<Task<TransparencyScenario>>(() => BuildAsync(a))).Value;
        app.Clock.Set(Now);
        return scenario;
    }

    public static object Judicial() => new
    {
        procedureCode = JudicialRecord,
        channel = "Counter",
        applicant = new { kind = "Person", fullName = ApplicantName, idNumber = ApplicantId, phone = ApplicantPhone, address = "Phường Trấn Biên, tỉnh Đồng Nai" },
        receivedComponents = new[] { "TP01", "TP02" },
    };

    /// <summary>Brings the statistics up to date with what the API did: the background job's work, done now (it is off in tests).</summary>
    public static async Task CatchUpAsync(MotCuaApp app)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<StatisticsRollup>().CatchUpAsync(default);
    }

    private static async Task<TransparencyScenario> BuildAsync(MotCuaApp app)
    {
        var reception = await app.ClientFor(Reception);
        var specialist = await app.ClientFor(PoliceSpecialist);
        var leader = await app.ClientFor(PoliceLeader);
        var commune = await app.ClientFor(CommuneReception);
        var clock = app.Clock;

        async Task<string> Receive(DateTimeOffset at)
        {
            clock.Set(at);
            var code = (await reception.Intake(Judicial())).Str("code");
            clock.Set(at.AddMinutes(10));
            await reception.ActOk(code, "transfer");
            return code;
        }
        async Task Act(HttpClient who, DateTimeOffset at, string code, string action)
        {
            clock.Set(at);
            await who.ActOk(code, action);
        }

        var a = await Receive(TestClock.Vn(2026, 3, 2, 9, 0));
        await Act(specialist, TestClock.Vn(2026, 3, 3, 9, 0), a, "forward");
        await Act(leader, TestClock.Vn(2026, 3, 5, 10, 0), a, "result-ready");

        var b = await Receive(TestClock.Vn(2026, 3, 2, 9, 30));
        await Act(specialist, TestClock.Vn(2026, 3, 10, 9, 0), b, "forward");
        await Act(leader, TestClock.Vn(2026, 3, 20, 10, 0), b, "result-ready");

        var c = await Receive(TestClock.Vn(2026, 3, 3, 9, 0));
        var d = await Receive(TestClock.Vn(2026, 3, 20, 9, 0));

        clock.Set(TestClock.Vn(2026, 3, 24, 9, 0));
        var m = (await commune.Intake(new
        {
            procedureCode = MaritalStatus,
            applicant = new { fullName = ApplicantName, idNumber = ApplicantId, phone = ApplicantPhone },
            receivedComponents = new[] { "TP01", "TP02" },
        })).Str("code");

        clock.Set(Now);
        await CatchUpAsync(app);
        return new TransparencyScenario(a, b, c, d, m);
    }
}
