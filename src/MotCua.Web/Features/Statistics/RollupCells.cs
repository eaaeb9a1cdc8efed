using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Web.Data;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Ratings;

namespace MotCua.Web.Features.Statistics;

/// <summary>
/// Changes to the daily roll-up, cell by cell: what a dossier's fact and open spans add to each (day, agency, procedure)
/// and to the agency's all-procedures row (procedure 0). A refreshed dossier adds its new contribution and takes back its
/// old one, so recomputing a dossier that did not change writes nothing.
/// </summary>
public sealed class RollupCells
{
    /// <summary>The all-procedures row of an agency and day: what a query without a procedure filter reads.</summary>
    public const int AllProcedures = 0;

    /// <summary>The counted columns of <see cref="DailyStat"/>, in this order.</summary>
    public static readonly string[] Columns =
    [
        nameof(DailyStat.Received), nameof(DailyStat.ReceivedCounter), nameof(DailyStat.ReceivedOnline), nameof(DailyStat.ReceivedPost),
        nameof(DailyStat.FeeBearing), nameof(DailyStat.PaidOnline), nameof(DailyStat.Digitised), nameof(DailyStat.Reused),
        nameof(DailyStat.Resolved), nameof(DailyStat.Early), nameof(DailyStat.OnTime), nameof(DailyStat.Late),
        nameof(DailyStat.ProcessingDays), nameof(DailyStat.ResolvedBad),
        nameof(DailyStat.VerySatisfied), nameof(DailyStat.Satisfied), nameof(DailyStat.NotSatisfied),
        nameof(DailyStat.Open), nameof(DailyStat.OpenOverdue), nameof(DailyStat.OpenBad),
    ];

    private const int Received = 0, Counter = 1, Online = 2, Post = 3, FeeBearing = 4, PaidOnline = 5, Digitised = 6, Reused = 7,
        Resolved = 8, Early = 9, OnTime = 10, Late = 11, Days = 12, ResolvedBad = 13, VerySatisfied = 14, Satisfied = 15, NotSatisfied = 16,
        Open = 17, OpenOverdue = 18, OpenBad = 19;

    private readonly Dictionary<(int Day, int Agency, int Procedure), long[]> cells = [];

    public int Count => cells.Count;

    private long[] Cell(int day, int agency, int procedure)
    {
        if (!cells.TryGetValue((day, agency, procedure), out var c))
        {
            c = new long[Columns.Length];
            cells[(day, agency, procedure)] = c;
        }
        return c;
    }

    private void Add(int day, int agency, int procedure, int column, long sign)
    {
        Cell(day, agency, procedure)[column] += sign;
        Cell(day, agency, AllProcedures)[column] += sign;
    }

    /// <summary>Adds (sign 1) or takes back (sign −1) a fact's flows: received, ended, rated.</summary>
    public void AddFact(DossierFact f, int sign)
    {
        ArgumentNullException.ThrowIfNull(f);
        var (a, p, r) = (f.AgencyId, f.ProcedureId, f.ReceivedDay);
        Add(r, a, p, Received, sign);
        Add(r, a, p, f.Channel switch { Channel.Online => Online, Channel.Post => Post, _ => Counter }, sign);
        if (f.FeeBearing)
        {
            Add(r, a, p, FeeBearing, sign);
            if (f.PaidOnline)
            {
                Add(r, a, p, PaidOnline, sign);
            }
        }
        if (f.Digitised)
        {
            Add(r, a, p, Digitised, sign);
        }
        if (f.Reused)
        {
            Add(r, a, p, Reused, sign);
        }
        if (f.EndDay is { } e)
        {
            Add(e, a, p, Resolved, sign);
            Add(e, a, p, f.Timeliness switch { TimelinessMark.Early => Early, TimelinessMark.OnTime => OnTime, _ => Late }, sign);
            Add(e, a, p, Days, sign * (long)(f.ProcessingDays ?? 0));
            if (f.Timeliness == TimelinessMark.Late || f.Dissatisfied)
            {
                Add(e, a, p, ResolvedBad, sign);
            }
        }
        if (f.RatedDay is { } rd && f.Rating is { } level)
        {
            Add(rd, a, p, level switch { SatisfactionLevel.VerySatisfied => VerySatisfied, SatisfactionLevel.Satisfied => Satisfied, _ => NotSatisfied }, sign);
        }
    }

    /// <summary>Adds or takes back a span's open dossier at the end of each of its days up to the snapshot mark.</summary>
    public void AddSpan(OpenSpanRow s, int upTo, int sign)
    {
        ArgumentNullException.ThrowIfNull(s);
        var last = Math.Min(s.ToDay, upTo);
        for (var day = StatDay.ToDate(s.FromDay); StatDay.Of(day) <= last; day = day.AddDays(1))
        {
            var d = StatDay.Of(day);
            Add(d, s.AgencyId, s.ProcedureId, Open, sign);
            if (s.Overdue)
            {
                Add(d, s.AgencyId, s.ProcedureId, OpenOverdue, sign);
            }
            if (s.Overdue || s.Dissatisfied)
            {
                Add(d, s.AgencyId, s.ProcedureId, OpenBad, sign);
            }
        }
    }

    /// <summary>Adds the changed cells to the table (UPSERT, same SQL on SQLite and PostgreSQL); cells that net to zero are skipped.</summary>
    public async Task ApplyAsync(MotCuaDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var changed = cells.Where(c => c.Value.Any(v => v != 0)).ToList();
        const int chunk = 400;
        for (var i = 0; i < changed.Count; i += chunk)
        {
            var sql = new StringBuilder();
            sql.Append("INSERT INTO \"DailyStats\" (\"Day\", \"AgencyId\", \"ProcedureId\"");
            foreach (var column in Columns)
            {
                sql.Append(", \"").Append(column).Append('"');
            }
            sql.Append(") VALUES ");
            var first = true;
            foreach (var ((day, agency, procedure), values) in changed.Skip(i).Take(chunk))
            {
                sql.Append(first ? "(" : ", (");
                first = false;
                // Integers computed here, never text from outside: written inline, so one statement carries 400 rows.
                sql.Append(CultureInfo.InvariantCulture, $"{day}, {agency}, {procedure}");
                foreach (var v in values)
                {
                    sql.Append(CultureInfo.InvariantCulture, $", {v}");
                }
                sql.Append(')');
            }
            sql.Append(RollupSql.AddOnConflict(Columns));
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), ct);
        }
    }
}
