using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;
using MotCua.Web.Features.Audit;
using MotCua.Web.Features.Catalogue;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Generator;
using MotCua.Web.Features.Ratings;
using MotCua.Web.Features.Statistics;
using MotCua.Web.Tests.Infrastructure;
using Xunit;

namespace MotCua.Web.Tests.Generator;

/// <summary>A generated month of the demo province obeys the same rules as real intake, on SQLite and PostgreSQL.</summary>
public abstract class GeneratorTests<TApp>(GeneratedProvince<TApp> province) : IClassFixture<GeneratedProvince<TApp>>
    where TApp : MotCuaApp, new()
{
    private IEnumerable<Dossier> Accepted => province.Dossiers.Where(d => d.Code is not null);

    [Fact]
    public void Every_dossier_asked_for_is_written_and_the_lifecycle_refused_no_planned_action()
    {
        Assert.Equal(GeneratedProvince<TApp>.Options.Dossiers, province.Dossiers.Count);
        Assert.Equal(province.Summary.Accepted, Accepted.Count());
        Assert.Equal(0, province.Summary.RuleRefusals);
        Assert.All(province.Dossiers, d => Assert.InRange(VietnamTime.LocalDate(d.ReceivedAt), GeneratedProvince<TApp>.Options.From, GeneratedProvince<TApp>.Options.To));
    }

    [Fact]
    public async Task Codes_are_unique_and_gapless_per_receiving_point_and_day_and_the_day_counters_end_at_the_last()
    {
        var points = await province.WithScope(sp => sp.GetRequiredService<MotCuaDb>().Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Code));
        var counters = await province.WithScope(sp => sp.GetRequiredService<MotCuaDb>().DossierCodeSequences.AsNoTracking()
            .ToDictionaryAsync(s => (s.AgencyCode, s.Day), s => s.Last));
        var codes = Accepted.Select(d =>
        {
            Assert.True(DossierCode.TryParse(d.Code, out var agency, out var day, out var seq), d.Code);
            Assert.Equal(points[d.ReceivingPointId], agency);
            Assert.Equal(VietnamTime.LocalDate(d.ReceivedAt), day);
            return (Agency: agency, Day: day, Seq: seq, d.ReceivedAt);
        }).ToList();

        Assert.Equal(codes.Count, codes.Select(c => (c.Agency, c.Day, c.Seq)).Distinct().Count());
        foreach (var group in codes.GroupBy(c => (c.Agency, c.Day)))
        {
            var inOrder = group.OrderBy(c => c.ReceivedAt).Select(c => c.Seq).ToList();
            Assert.Equal(Enumerable.Range(1, inOrder.Count), inOrder);
            Assert.Equal(inOrder.Count, counters[(group.Key.Agency, DossierCode.DayKey(group.Key.Day))]);
        }
        Assert.True(codes.Select(c => c.Agency).Distinct().Count() >= 5, "dossiers should arrive at many one-stops");
    }

    [Fact]
    public async Task Due_dates_and_step_due_times_are_what_the_working_calendar_gives_for_the_procedure()
    {
        var (calendar, procedures, agencyIds) = await province.WithScope(async sp =>
        {
            var db = sp.GetRequiredService<MotCuaDb>();
            return (await CalendarService.BuildAsync(db, default),
                await db.Procedures.AsNoTracking().Include(p => p.Steps).ToDictionaryAsync(p => p.Id),
                await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Code, a => a.Id));
        });
        foreach (var d in Accepted)
        {
            var procedure = procedures[d.ProcedureId];
            Assert.Equal(procedure.ProcessingTime, d.ProcessingTime);
            Assert.Equal(calendar.DueDate(d.ReceivedAt, procedure.ProcessingTime), d.OriginalDueAt);
            // After a complete supplement the clock restarts (Art. 19(4)); an apology sets a later date once.
            var inForce = calendar.DueDate(d.ClockStartedAt, procedure.ProcessingTime);
            Assert.Equal(inForce, d.DueAtBeforeApology ?? d.DueAt);
            var steps = d.Steps.OrderBy(s => s.Index).ToList();
            Assert.Equal(procedure.Steps.Count, steps.Count);
            if (d.ClockStartedAt == d.ReceivedAt && d.ApologizedAt is null)
            {
                var expected = ProcessPlan.Create(procedure, d.ReceivingPointId, d.CompetentAgencyId, agencyIds, d.ReceivedAt, calendar);
                Assert.Equal(expected.Select(s => s.DueAt), steps.Select(s => s.DueAt));
            }
            // Each finished step carries the calendar's mark of its completion against its due time.
            foreach (var s in steps.Where(s => s.CompletedAt is not null))
            {
                Assert.Equal(calendar.Judge(s.CompletedAt!.Value, s.DueAt), s.Result);
            }
        }
    }

    [Fact]
    public void Every_status_is_reached_through_actions_the_lifecycle_allows_and_the_audit_chains_verify()
    {
        foreach (var d in province.Dossiers)
        {
            var entries = province.Audit[d.Id].ToList();
            Assert.True(AuditChain.Verify(entries, d.AuditHead).Valid, d.Reference);
            Assert.Equal(d.AuditCount, entries.Count);
            var first = entries[0];
            Assert.Null(first.FromStatus);
            var status = Enum.Parse<DossierStatus>(first.ToStatus!);
            foreach (var e in entries.Skip(1))
            {
                Assert.True(DossierActions.TryParse(e.Action, out var action), e.Action);
                Assert.Equal(status.ToString(), e.FromStatus);
                Assert.Contains(status, Lifecycle.AllowedIn(action));
                status = Lifecycle.Next(status, action);
                Assert.Equal(status.ToString(), e.ToStatus);
            }
            Assert.Equal(d.Status, status);
        }
        var reached = province.Dossiers.Select(d => d.Status).ToHashSet();
        foreach (var expected in new[]
        {
            DossierStatus.Returned, DossierStatus.Refused, DossierStatus.Withdrawn, DossierStatus.InProcessing,
            DossierStatus.SupplementRequestedAtIntake, DossierStatus.RefusedAtIntake,
        })
        {
            Assert.Contains(expected, reached);
        }
    }

    [Fact]
    public void The_figures_look_like_a_province_on_time_mostly_online_more_and_more_rated_satisfied()
    {
        var resolved = Accepted.Where(d => d.ResultReadyAt is not null).ToList();
        var onTime = resolved.Count(d => d.ResultReadyAt <= (d.DueAtBeforeApology ?? d.DueAt) && d.SupplementCount <= 1);
        Assert.InRange((double)onTime / resolved.Count, 0.95, 1.0);
        Assert.True(resolved.Count > 1500, $"{resolved.Count} results ready");
        Assert.Contains(Accepted, d => d.ApologizedAt is not null);
        Assert.Contains(Accepted, d => d.SupplementCount == 1);

        var days = Accepted.Select(d => VietnamTime.LocalDate(d.ReceivedAt)).Distinct().Order().ToList();
        var middle = days[days.Count / 2];
        double Online(IEnumerable<Dossier> set) => (double)set.Count(d => d.Channel == Channel.Online) / set.Count();
        Assert.True(Online(Accepted.Where(d => VietnamTime.LocalDate(d.ReceivedAt) >= middle)) > Online(Accepted.Where(d => VietnamTime.LocalDate(d.ReceivedAt) < middle)),
            "the online share rises over the range");
        // Tết 2026 (17 February): no dossier on the holiday, fewer in the weeks around it than in January.
        Assert.DoesNotContain(days, d => d == new DateOnly(2026, 2, 17));
        var perDay = Accepted.GroupBy(d => VietnamTime.LocalDate(d.ReceivedAt)).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(perDay[new DateOnly(2026, 2, 25)] < perDay[new DateOnly(2026, 1, 28)], "quiet after Tết");
    }

    [Fact]
    public async Task Payments_ratings_and_feedback_follow_the_dossiers()
    {
        var (payments, ratings, feedback) = await province.WithScope(async sp =>
        {
            var db = sp.GetRequiredService<MotCuaDb>();
            return (await db.Payments.AsNoTracking().ToListAsync(), await db.Ratings.AsNoTracking().ToListAsync(), await db.FeedbackCases.AsNoTracking().CountAsync());
        });
        var byId = province.Dossiers.ToDictionary(d => d.Id);
        Assert.All(payments, p => Assert.NotNull(byId[p.DossierId].Code));
        Assert.Equal(payments.Count, payments.Select(p => p.DossierId).Distinct().Count());
        var returned = province.Dossiers.Count(d => d.Status == DossierStatus.Returned);
        Assert.InRange((double)ratings.Count / returned, 0.25, 0.35);
        Assert.All(ratings, r => Assert.Equal(DossierStatus.Returned, byId[r.DossierId].Status));
        Assert.InRange((double)ratings.Count(r => r.Level != SatisfactionLevel.NotSatisfied) / ratings.Count, 0.95, 1.0);
        Assert.Equal(province.Summary.Feedback, feedback);
    }

    [Fact]
    public async Task The_same_seed_generates_the_same_province_whatever_the_threads()
    {
        var again = await province.WithScope(async sp =>
        {
            var db = sp.GetRequiredService<MotCuaDb>();
            await ReverseTheStoredOrderAsync(db);
            var model = await ProvinceModel.LoadAsync(db, default);
            var generator = new DayGenerator(model, new DossierLife(model, db, GeneratedProvince<TApp>.Now), GeneratedProvince<TApp>.Options.RandomSeed);
            var options = GeneratedProvince<TApp>.Options;
            var result = new List<Dossier>();
            long id = province.Dossiers[0].Id;
            var days = ArrivalShape.Plan(options.Dossiers, options.From, options.To, model.Calendar);
            // One thread, days in reverse order: the writers saw them in parallel, in whatever order they came.
            var firstIds = days.Select(d => { var first = id; id += d.Count; return first; }).ToList();
            for (var i = days.Count - 1; i >= 0; i--)
            {
                result.AddRange(generator.Generate(new(i, days[i].Day, days[i].Count, firstIds[i], (double)i / (days.Count - 1)), _ => 1).Batch.Dossiers);
            }
            return result.OrderBy(d => d.Id).ToList();
        });
        Assert.Equal(province.Dossiers.Select(d => (d.Id, d.Code, d.ApplicantName, d.Status, d.AuditHead)),
            again.Select(d => (d.Id, d.Code, d.ApplicantName, d.Status, d.AuditHead)));
    }

    /// <summary>
    /// Rewrites the catalogue's document and step rows one by one, last first: PostgreSQL then stores (and scans) them in
    /// reverse, as an update or a new plan after ANALYZE may in production. The same seed must still give the same province.
    /// </summary>
    private static async Task ReverseTheStoredOrderAsync(MotCuaDb db)
    {
        foreach (var id in await db.Set<ProcedureDocument>().OrderByDescending(d => d.Id).Select(d => d.Id).ToListAsync())
        {
            await db.Set<ProcedureDocument>().Where(d => d.Id == id).ExecuteUpdateAsync(u => u.SetProperty(d => d.Name, d => d.Name + ""));
        }
        foreach (var id in await db.Set<ProcessStep>().OrderByDescending(s => s.Id).Select(s => s.Id).ToListAsync())
        {
            await db.Set<ProcessStep>().Where(s => s.Id == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.Name, s => s.Name + ""));
        }
    }

    [Fact]
    public async Task A_second_generation_over_the_same_range_is_refused()
    {
        var refused = await Assert.ThrowsAsync<GenerationRefusedException>(() => province.WithScope(sp =>
            new DossierGenerator(sp, TextWriter.Null).RunAsync(GeneratedProvince<TApp>.Options with { Dossiers = 10 }, default)));
        Assert.Contains("--append", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_range_reaching_today_is_refused_only_the_past_is_generated()
    {
        var refused = await Assert.ThrowsAsync<GenerationRefusedException>(() => province.WithScope(sp =>
            new DossierGenerator(sp, TextWriter.Null).RunAsync(new GeneratorOptions(10, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 2)), default)));
        Assert.Contains("before today", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_statistics_after_the_rebuild_equal_counts_taken_from_the_dossier_table()
    {
        var period = new StatPeriod(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 27));
        var figures = await province.WithScope(sp => ActivatorUtilities.GetServiceOrCreateInstance<StatisticsQueries>(sp).TotalAsync(new StatFilter(), period, default));
        var start = VietnamTime.StartOfDay(period.From);
        var end = VietnamTime.StartOfDay(period.To.AddDays(1));
        var received = Accepted.Where(d => d.ReceivedAt >= start && d.ReceivedAt < end).ToList();
        static DateTimeOffset? EndOf(Dossier d) => d.ResultReadyAt ?? d.EndedAt;
        Assert.Equal(received.Count, figures.Received);
        Assert.Equal(received.Count(d => d.Channel == Channel.Counter), figures.ReceivedCounter);
        Assert.Equal(received.Count(d => d.Channel == Channel.Online), figures.ReceivedOnline);
        Assert.Equal(received.Count(d => d.Channel == Channel.Post), figures.ReceivedPost);
        Assert.Equal(Accepted.Count(d => EndOf(d) >= start && EndOf(d) < end), figures.Resolved);
        Assert.Equal(figures.Resolved, figures.Early + figures.OnTime + figures.Late);
        Assert.Equal(Accepted.Count(d => d.ReceivedAt < end && !(EndOf(d) < end)), figures.Open);
    }
}

public sealed class GeneratorOnSqlite(GeneratedProvince<SqliteApp> province) : GeneratorTests<SqliteApp>(province);

public sealed class GeneratorOnPostgres(GeneratedProvince<PostgresApp> province) : GeneratorTests<PostgresApp>(province);
