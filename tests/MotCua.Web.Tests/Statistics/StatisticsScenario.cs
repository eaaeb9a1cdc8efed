using System.Collections.Concurrent;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Features.Feedback;
using MotCua.Web.Features.OnlineSubmission;
using MotCua.Web.Features.Payments;
using MotCua.Web.Features.Ratings;
using MotCua.Web.Tests.Infrastructure;
using static MotCua.Web.Tests.Infrastructure.Api;

namespace MotCua.Web.Tests.Statistics;

/// <summary>
/// March 2026 (no holiday; Tết was 16–20 Feb) put in place through the HTTP API, seen on Wed 25 Mar 2026 at 10:00.
/// Judicial records (10 working days, Police, received at the provincial center) unless said otherwise:
/// A counter Mon 2 Mar 09:00 (due Mon 16 17:00), result Fri 13 → early, 9 days; paid online; returned, rated very satisfied.
/// B online Mon 2 Mar 10:00, its TP01 sent as a file and TP03 reused; result Mon 16 16:00 → on time, 10 days; paid cash; rated satisfied.
/// C counter Mon 2 Mar 11:00, result Wed 18 → late, 12 days; rated not satisfied.
/// D counter Tue 3 Mar (due 17 Mar), supplement asked Thu 5, back Mon 9 10:00 (new due Mon 23), result Fri 20 → early, 13 − 2 = 11 days.
/// E counter Tue 3 Mar, supplement asked Wed 4, back Thu 5, asked again Fri 6: open, waiting, overdue (two requests).
/// F counter Wed 4 Mar (due Wed 18), apology on Mon 16 with a new date Fri 27: open, overdue (the date before the apology passed).
/// G counter Wed 4 Mar, refused Thu 5 → early, 1 day.   H counter Thu 5 Mar, withdrawn Fri 6 → early, 1 day.
/// I counter Mon 9 Mar (due Mon 23): open, overdue.     J counter Mon 23 Mar (due Mon 6 Apr): open in time; a feedback names it.
/// K land registration office (under the Department of Agriculture and Environment), Tue 10 Mar (due Tue 24): open, overdue.
/// L by post Wed 11 Mar (due Wed 25 17:00): open in time.
/// M counter Mon 23 Feb (due Mon 9 Mar), result Tue 17 Mar → late, 16 days: resolved in March, received in February.
/// N refused at reception: never counted.   O birth registration at Trấn Biên ward Mon 2 Mar (same day, due 17:00): open, overdue.
/// A feedback on judicial records without a dossier, Mon 2 Mar: due Mon 23 Mar (15 working days), unanswered.
/// </summary>
public sealed record StatisticsScenario(IReadOnlyDictionary<char, string> Codes)
{
    public const string LandOffice = "000.01.06.H19";
    public const string AgricultureDepartment = "000.00.06.H19";
    public const string LandProcedure = "1.012781";
    public const string LandSpecialist = "specialist.datdai@demo.motcua.vn";

    public static DateTimeOffset Now => TestClock.Vn(2026, 3, 25, 10, 0);

    public string this[char name] => Codes[name];

    private static readonly ConcurrentDictionary<MotCuaApp, Lazy<Task<StatisticsScenario>>> Built = new();

    public static async Task<StatisticsScenario> ForAsync(MotCuaApp app)
    {
        var scenario = await Built.GetOrAdd(app, a => new Lazy<Task<StatisticsScenario>>(() => BuildAsync(a))).Value;
        app.Clock.Set(Now);
        return scenario;
    }

    private static async Task<StatisticsScenario> BuildAsync(MotCuaApp app)
    {
        var reception = await app.ClientFor(Reception);
        var specialist = await app.ClientFor(PoliceSpecialist);
        var leader = await app.ClientFor(PoliceLeader);
        var communeReception = await app.ClientFor(CommuneReception);
        var clock = app.Clock;
        var codes = new Dictionary<char, string>();

        async Task<string> Receive(char name, DateTimeOffset at, string channel = "Counter", HttpClient? by = null, object? body = null)
        {
            clock.Set(at);
            var code = (await (by ?? reception).Intake(body ?? new
            {
                procedureCode = JudicialRecord,
                channel,
                applicant = new { kind = "Person", fullName = "Nguyễn Văn An", idNumber = "075090001234", phone = "0912345678" },
                receivedComponents = new[] { "TP01", "TP02" },
            })).Str("code");
            codes[name] = code;
            return code;
        }
        async Task Act(HttpClient who, DateTimeOffset at, string code, string action, object? body = null)
        {
            clock.Set(at);
            await who.ActOk(code, action, body);
        }
        async Task Finish(string code, DateTimeOffset transfer, DateTimeOffset forward, DateTimeOffset ready)
        {
            await Act(reception, transfer, code, "transfer");
            await Act(specialist, forward, code, "forward");
            await Act(leader, ready, code, "result-ready");
        }
        static DateTimeOffset Vn(int month, int day, int hour, int minute = 0) => TestClock.Vn(2026, month, day, hour, minute);
        object Supplement = new { items = new[] { "Bản sao Căn cước còn hiệu lực" }, reason = "Bản sao không rõ" };

        var m = await Receive('M', Vn(2, 23, 9));
        await Finish(m, Vn(2, 23, 9, 30), Vn(3, 5, 9), Vn(3, 17, 9));

        var a = await Receive('A', Vn(3, 2, 9));
        await Finish(a, Vn(3, 2, 9, 30), Vn(3, 5, 10), Vn(3, 13, 10));
        await Act(reception, Vn(3, 13, 11), a, "return", new { method = "Counter" });

        var b = await Receive('B', Vn(3, 2, 10), "Online");
        await Act(reception, Vn(3, 2, 10, 30), b, "transfer");
        await app.WithDbAsync(async db =>
        {
            var id = await db.Dossiers.Where(d => d.Code == b).Select(d => d.Id).SingleAsync();
            db.Add(new OnlineFile
            {
                OwnerUserId = "citizen", DossierId = id, ComponentCode = "TP01", FileName = "to-khai.pdf", ContentType = "application/pdf",
                Length = 1000, UploadedAt = Vn(3, 2, 8), SentAt = Vn(3, 2, 8),
            });
            (await db.DossierDocuments.SingleAsync(d => d.DossierId == id && d.ComponentCode == "TP03")).Reused = true;
            return await db.SaveChangesAsync();
        });
        await Act(specialist, Vn(3, 5, 11), b, "forward");
        await Act(leader, Vn(3, 16, 16), b, "result-ready");
        await Act(reception, Vn(3, 16, 16, 30), b, "return", new { method = "Counter" });

        var c = await Receive('C', Vn(3, 2, 11));
        await Finish(c, Vn(3, 2, 11, 30), Vn(3, 5, 11, 30), Vn(3, 18, 10));
        await Act(reception, Vn(3, 18, 11), c, "return", new { method = "Counter" });

        var d = await Receive('D', Vn(3, 3, 9));
        await Act(reception, Vn(3, 3, 9, 30), d, "transfer");
        await Act(specialist, Vn(3, 5, 9), d, "request-supplement", Supplement);
        await Act(reception, Vn(3, 9, 10), d, "receive-supplement");
        await Act(specialist, Vn(3, 10, 9), d, "forward");
        await Act(leader, Vn(3, 20, 10), d, "result-ready");

        var e = await Receive('E', Vn(3, 3, 10));
        await Act(reception, Vn(3, 3, 10, 30), e, "transfer");
        await Act(specialist, Vn(3, 4, 9), e, "request-supplement", Supplement);
        await Act(reception, Vn(3, 5, 9), e, "receive-supplement");
        await Act(specialist, Vn(3, 6, 9), e, "request-supplement", Supplement);

        var f = await Receive('F', Vn(3, 4, 9));
        await Act(reception, Vn(3, 4, 9, 30), f, "transfer");
        await Act(leader, Vn(3, 16, 9), f, "apologize", new { newDueAt = Vn(3, 27, 17), reason = "Chờ kết quả xác minh" });

        var g = await Receive('G', Vn(3, 4, 10));
        await Act(reception, Vn(3, 4, 10, 30), g, "transfer");
        await Act(specialist, Vn(3, 5, 10), g, "refuse", new { reasons = new[] { "Không thuộc đối tượng được cấp" } });

        var h = await Receive('H', Vn(3, 5, 9));
        await Act(reception, Vn(3, 6, 9), h, "withdraw", new { reasons = new[] { "Người nộp xin rút hồ sơ" } });

        var i = await Receive('I', Vn(3, 9, 9));
        await Act(reception, Vn(3, 9, 9, 30), i, "transfer");

        await Receive('K', Vn(3, 10, 9), body: new
        {
            procedureCode = LandProcedure,
            channel = "Counter",
            applicant = new { kind = "Person", fullName = "Trần Thị Bình", idNumber = "075190001111", phone = "0912000111" },
            receivedComponents = new[] { "TP01", "TP02", "TP03", "TP04", "TP05" },
        });
        await Act(reception, Vn(3, 10, 9, 30), codes['K'], "transfer");

        await Receive('L', Vn(3, 11, 9), "Post");

        clock.Set(Vn(3, 2, 8, 30));
        await reception.PostAsJsonAsync("/api/v1/dossiers", new
        {
            procedureCode = JudicialRecord, channel = "Counter", outcome = "Refuse", reasons = new[] { "Không thuộc thẩm quyền" },
            applicant = new { kind = "Person", fullName = "Lê Văn Cường", idNumber = "075090009999", phone = "0912999999" },
            receivedComponents = new[] { "TP01", "TP02" },
        });

        await Receive('O', Vn(3, 2, 9), by: communeReception, body: new
        {
            procedureCode = BirthRegistration,
            channel = "Counter",
            applicant = new { kind = "Person", fullName = "Phạm Thị Dung", idNumber = "075190002222", phone = "0912000222" },
            receivedComponents = new[] { "TP01", "TP02", "TP03" },
        });

        var j = await Receive('J', Vn(3, 23, 9));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MotCua.Web.Data.MotCuaDb>();
            var ids = await db.Dossiers.Where(x => x.Code == a || x.Code == b).ToDictionaryAsync(x => x.Code!, x => x.Id);
            clock.Set(Vn(3, 2, 9, 10));
            db.Add(new Payment
            {
                DossierId = ids[a], Amount = 200_000, Method = PaymentMethod.VnPay, Status = PaymentStatus.Paid, TxnRef = "STATS-A",
                CreatedAt = Vn(3, 2, 9, 5), PaidAt = Vn(3, 2, 9, 6), ConfirmedAt = Vn(3, 2, 9, 6),
            });
            db.Add(new Payment
            {
                DossierId = ids[b], Amount = 200_000, Method = PaymentMethod.Cash, Status = PaymentStatus.Paid, TxnRef = "STATS-B",
                Reference = "BL-001", CreatedAt = Vn(3, 2, 10, 5), ConfirmedAt = Vn(3, 2, 10, 5),
            });
            await db.SaveChangesAsync();

            var ratings = scope.ServiceProvider.GetRequiredService<RatingService>();
            foreach (var (code, level, at) in new[] { (a, SatisfactionLevel.VerySatisfied, Vn(3, 13, 11, 30)), (b, SatisfactionLevel.Satisfied, Vn(3, 17, 9)), (c, SatisfactionLevel.NotSatisfied, Vn(3, 18, 11, 30)) })
            {
                clock.Set(at);
                var id = await db.Dossiers.Where(x => x.Code == code).Select(x => x.Id).SingleAsync();
                var outcome = await ratings.RateOnlineAsync(id, new RatingInput { Level = level });
                Assert.True(outcome.Ok, outcome.Error);
            }

            var feedback = scope.ServiceProvider.GetRequiredService<FeedbackService>();
            foreach (var (dossier, at) in new[] { ((string?)null, Vn(3, 2, 9)), (j, Vn(3, 24, 9)) })
            {
                clock.Set(at);
                var submitted = await feedback.SubmitAsync(new FeedbackSubmission
                {
                    ProcedureCode = JudicialRecord, DossierCode = dossier, Title = "Chậm trả kết quả", Content = "Hồ sơ của tôi chưa có kết quả.",
                    Name = "Nguyễn Văn An", Phone = "0912345678", Consent = true,
                }, FeedbackChannel.Portal, "vi", null);
                Assert.True(submitted.Case is not null, string.Join(", ", submitted.Errors.Select(x => $"{x.Key}: {x.Value}")));
            }
        }

        clock.Set(Now);
        return new StatisticsScenario(codes);
    }
}
