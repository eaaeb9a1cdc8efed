using System.Collections.Concurrent;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.Leader;

/// <summary>
/// A month of work seen by leaders on Wed 25 Mar 2026 at 10:00, put in place through the HTTP API as officers do it.
/// Police dossiers (judicial record, 10 working days, received at the provincial center):
/// H received in February (Tết in between), still in processing, unassigned: overdue;
/// A received 2 Mar, assigned to the police specialist: overdue (due 16 Mar);
/// E received 2 Mar, result ready 20 Mar (late), returned 23 Mar;
/// R received 2 Mar, result ready 18 Mar (late), waiting at the center to be returned: finished, so not overdue;
/// B received 3 Mar, unassigned, apology on 16 Mar with a new date 24 Mar 17:00, which has passed too: overdue;
/// I received 4 Mar, waiting for a supplement since 5 Mar (clock stopped);
/// F received 4 Mar, refused 5 Mar;
/// C received 11 Mar, assigned to the police specialist, due 25 Mar 17:00: due soon;
/// D received 23 Mar, not yet transferred by the center (held by the reception officer who received it).
/// One Department of Justice dossier: G received 2 Mar, in processing, unassigned: overdue.
/// </summary>
public sealed record LeaderScenario(string H, string A, string E, string R, string B, string I, string F, string C, string D, string G)
{
    public const string Justice = "000.00.03.H19";
    public const string JusticeLeader = "leader@demo.motcua.vn";
    public const string LawPractice = "2.000850";
    public const string ApologyReason = "Chờ kết quả xác minh của Công an cấp xã";

    /// <summary>The moment the leaders look: Wed 25 Mar 2026, 10:00 in Vietnam.</summary>
    public static DateTimeOffset Now => TestClock.Vn(2026, 3, 25, 10, 0);

    private static readonly ConcurrentDictionary<MotCuaApp, Lazy<Task<LeaderScenario>>> Built = new();

    /// <summary>The scenario of this app's database, put in place once; the clock is left at <see cref="Now"/>.</summary>
    public static async Task<LeaderScenario> ForAsync(MotCuaApp app)
    {
        var scenario = await Built.GetOrAdd(app, a => new Lazy<Task<LeaderScenario>>(() => BuildAsync(a))).Value;
        app.Clock.Set(Now);
        return scenario;
    }

    private static async Task<LeaderScenario> BuildAsync(MotCuaApp app)
    {
        var reception = await app.ClientFor(Reception);
        var specialist = await app.ClientFor(PoliceSpecialist);
        var leader = await app.ClientFor(PoliceLeader);
        var clock = app.Clock;

        async Task<string> Receive(DateTimeOffset at, object? body = null)
        {
            clock.Set(at);
            return (await reception.Intake(body ?? JudicialRecordIntake())).Str("code");
        }
        async Task Act(HttpClient who, DateTimeOffset at, string code, string action, object? body = null)
        {
            clock.Set(at);
            await who.ActOk(code, action, body);
        }

        var h = await Receive(TestClock.Vn(2026, 2, 9, 9, 0));
        await Act(reception, TestClock.Vn(2026, 2, 9, 9, 30), h, "transfer");

        var a = await Receive(TestClock.Vn(2026, 3, 2, 9, 0));
        await Act(reception, TestClock.Vn(2026, 3, 2, 9, 10), a, "transfer");
        await Act(leader, TestClock.Vn(2026, 3, 2, 9, 20), a, "assign", new { assigneeEmail = PoliceSpecialist });

        var e = await Receive(TestClock.Vn(2026, 3, 2, 9, 30));
        await Act(reception, TestClock.Vn(2026, 3, 2, 10, 0), e, "transfer");
        await Act(specialist, TestClock.Vn(2026, 3, 10, 9, 0), e, "forward");
        await Act(leader, TestClock.Vn(2026, 3, 20, 10, 0), e, "result-ready");
        await Act(reception, TestClock.Vn(2026, 3, 23, 10, 0), e, "return", new { method = "Counter" });

        var r = await Receive(TestClock.Vn(2026, 3, 2, 11, 0));
        await Act(reception, TestClock.Vn(2026, 3, 2, 11, 30), r, "transfer");
        await Act(specialist, TestClock.Vn(2026, 3, 10, 10, 0), r, "forward");
        await Act(leader, TestClock.Vn(2026, 3, 18, 10, 0), r, "result-ready");

        var g = await Receive(TestClock.Vn(2026, 3, 2, 10, 0), new
        {
            procedureCode = LawPractice,
            channel = "Counter",
            applicant = new { kind = "Person", fullName = "Lê Thị Minh Thư", idNumber = "075190004321", phone = "0987654321" },
            receivedComponents = new[] { "TP01", "TP03", "TP04" },
        });
        await Act(reception, TestClock.Vn(2026, 3, 2, 10, 30), g, "transfer");

        var b = await Receive(TestClock.Vn(2026, 3, 3, 9, 0));
        await Act(reception, TestClock.Vn(2026, 3, 3, 9, 30), b, "transfer");
        await Act(leader, TestClock.Vn(2026, 3, 16, 9, 0), b, "apologize", new { newDueAt = TestClock.Vn(2026, 3, 24, 17, 0), reason = ApologyReason });

        var i = await Receive(TestClock.Vn(2026, 3, 4, 9, 0));
        await Act(reception, TestClock.Vn(2026, 3, 4, 9, 30), i, "transfer");
        await Act(specialist, TestClock.Vn(2026, 3, 5, 9, 0), i, "request-supplement", new { items = new[] { "Bản sao Căn cước còn hiệu lực" }, reason = "Bản sao không rõ" });

        var f = await Receive(TestClock.Vn(2026, 3, 4, 10, 0));
        await Act(reception, TestClock.Vn(2026, 3, 4, 10, 30), f, "transfer");
        await Act(specialist, TestClock.Vn(2026, 3, 5, 10, 0), f, "refuse", new { reasons = new[] { "Không thuộc đối tượng được cấp" } });

        var c = await Receive(TestClock.Vn(2026, 3, 11, 9, 0));
        await Act(reception, TestClock.Vn(2026, 3, 11, 9, 30), c, "transfer");
        await Act(leader, TestClock.Vn(2026, 3, 11, 10, 0), c, "assign", new { assigneeEmail = PoliceSpecialist });

        var d = await Receive(TestClock.Vn(2026, 3, 23, 9, 0));

        clock.Set(Now);
        return new LeaderScenario(h, a, e, r, b, i, f, c, d, g);
    }
}
