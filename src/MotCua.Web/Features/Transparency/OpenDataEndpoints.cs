using Microsoft.Net.Http.Headers;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Features.Statistics;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Transparency;

/// <summary>
/// The open-data endpoints (docs/open-data-api.md): the public figures of every unit as JSON or CSV, and the Decision 766
/// index. Anonymous and rate-limited like the other public endpoints; aggregate figures only, never a dossier.
/// </summary>
public static class OpenDataEndpoints
{
    public sealed record PeriodView(DateOnly From, DateOnly To);

    public sealed record RateView(long Numerator, long Denominator, decimal? Value);

    public sealed record StatisticsRow(string Code, string Name, string NameEn, string Level, string Kind,
        long Received, long ReceivedCounter, long ReceivedOnline, long ReceivedPost,
        long Resolved, long Early, long OnTime, long Late, long Open, long OpenOverdue, RateView OnTimeRate);

    public sealed record StatisticsDocument(PeriodView Period, DateTimeOffset ComputedAt, StatisticsRow Total, IReadOnlyList<StatisticsRow> Units);

    public sealed record GroupView(string Code, string Name, string NameEn, decimal MaxPoints, decimal Score);

    /// <param name="Rank">Among units of the same kind; null for the province and for a unit that handled no dossier in the period.</param>
    public sealed record UnitIndexRow(string Code, string Name, string NameEn, string Level, int? Rank, decimal Total, IReadOnlyList<GroupView> Groups);

    public sealed record IndexDocument(PeriodView Period, string ModelVersion, DateOnly ModelEffectiveFrom, DateTimeOffset ComputedAt,
        UnitIndexRow Province, IReadOnlyList<UnitIndexRow> Departments, IReadOnlyList<UnitIndexRow> Communes);

    public static void MapOpenData(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/public").WithTags("Public").AllowAnonymous().RequireRateLimiting(RateLimits.PublicLookup);
        group.MapGet("/statistics", Statistics)
            .WithSummary("Dossiers received, resolved, on time and late, and the on-time rate, of the province or an agency and of each unit below it (JSON, or CSV with Accept: text/csv).")
            .Produces<StatisticsDocument>(StatusCodes.Status200OK, "application/json", "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/index766", Index766)
            .WithSummary("The Decision 766 service index of the province, each department and each commune: group scores, total and rank (JSON, or CSV with Accept: text/csv).")
            .Produces<IndexDocument>(StatusCodes.Status200OK, "application/json", "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<IResult> Statistics(string? from, string? to, string? agency, string? format, HttpContext http, TransparencyData data,
        Problems problems, TimeProvider clock, CancellationToken ct)
    {
        if (Period(from, to, clock, problems, out var period) is { } bad)
        {
            return bad;
        }
        TransparencyData.UnitView? unit = null;
        TransparencyData.Overview? overview = null;
        DateTimeOffset computedAt;
        if (!string.IsNullOrWhiteSpace(agency))
        {
            var found = await data.FindAsync(agency, ct);
            if (found is null)
            {
                return problems.Rule(StatusCodes.Status404NotFound, TransparencyErrors.UnknownAgency);
            }
            var cached = await data.UnitAsync(found, period);
            (unit, computedAt) = (cached.Value, cached.ComputedAt);
        }
        else
        {
            var cached = await data.OverviewAsync(period);
            (overview, computedAt) = (cached.Value, cached.ComputedAt);
        }
        var total = unit is not null ? Row(unit.Unit, unit.Total) : ProvinceRow(overview!.Province, overview.Total);
        var units = unit is not null
            ? unit.SubUnits.Select(u => Row(u.Unit, u.Values)).ToList()
            : overview!.Departments.Concat(overview.Communes).Select(u => Row(u.Unit, u.Values)).ToList();
        var doc = new StatisticsDocument(new PeriodView(period.From, period.To), computedAt, total, units);
        Cacheable(http, data);
        if (WantsCsv(http, format))
        {
            return Csv(OpenDataCsv.Write(StatisticsCsv(doc)), $"thong-ke-{period.From:yyyyMMdd}-{period.To:yyyyMMdd}.csv");
        }
        return TypedResults.Ok(doc);
    }

    private static async Task<IResult> Index766(string? from, string? to, string? format, HttpContext http, TransparencyData data, Problems problems,
        TimeProvider clock, CancellationToken ct)
    {
        if (Period(from, to, clock, problems, out var period) is { } bad)
        {
            return bad;
        }
        var cached = await data.IndexAsync(period);
        if (cached.Value.Report is not { } report)
        {
            return problems.Rule(StatusCodes.Status503ServiceUnavailable, TransparencyErrors.IndexUnavailable);
        }
        var doc = new IndexDocument(new PeriodView(period.From, period.To), report.ModelVersion, report.ModelEffectiveFrom, cached.ComputedAt,
            IndexRow(report.Province, await data.ProvinceAsync(ct)), report.Departments.Select(u => IndexRow(u, null)).ToList(),
            report.Communes.Select(u => IndexRow(u, null)).ToList());
        Cacheable(http, data);
        if (WantsCsv(http, format))
        {
            return Csv(OpenDataCsv.Write(IndexCsv(doc)), $"chi-so-766-{period.From:yyyyMMdd}-{period.To:yyyyMMdd}.csv");
        }
        return TypedResults.Ok(doc);
    }

    /// <summary>A period from from/to (both required together); without both, the current month up to today.</summary>
    private static IResult? Period(string? from, string? to, TimeProvider clock, Problems problems, out StatPeriod period)
    {
        if (!TransparencyPeriods.TryResolve(null, from, to, TransparencyPeriods.Today(clock), out var resolved, out var error))
        {
            period = resolved.Period;
            return problems.Rule(StatusCodes.Status400BadRequest, error ?? StatPeriod.InvalidDate);
        }
        period = resolved.Period;
        return null;
    }

    /// <summary>Proxies and clients may keep an answer as long as the server keeps its figures.</summary>
    private static void Cacheable(HttpContext http, TransparencyData data) =>
        http.Response.Headers.CacheControl = "public, max-age=" + ((int)data.CacheLifetime.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>CSV when asked by Accept: text/csv, or by ?format=csv (a plain link in a browser cannot set Accept).</summary>
    private static bool WantsCsv(HttpContext http, string? format)
    {
        if (string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (!MediaTypeHeaderValue.TryParseList(http.Request.Headers.Accept, out var accepted))
        {
            return false;
        }
        double Quality(string type) => accepted.Where(a => a.MediaType.Equals(type, StringComparison.OrdinalIgnoreCase)).Select(a => a.Quality ?? 1).DefaultIfEmpty(-1).Max();
        var csv = Quality("text/csv");
        return csv > 0 && csv >= Quality("application/json");
    }

    private static IResult Csv(byte[] body, string fileName) =>
        TypedResults.File(body, "text/csv; charset=utf-8; header=present", fileName);

    private static StatisticsRow Row(Agency a, Indicators i) => new(a.Code, a.Name, a.NameEn, a.Level.ToString(), a.Kind.ToString(),
        i.Received, i.ReceivedCounter, i.ReceivedOnline, i.ReceivedPost, i.Resolved, i.Early, i.OnTime, i.Late, i.Open, i.OpenOverdue, Rate(i.OnTimeRate));

    private static StatisticsRow ProvinceRow(Agency? root, Indicators i) => root is not null
        ? Row(root, i)
        : new("", "Toàn tỉnh", "Whole province", nameof(AgencyLevel.Province), nameof(AgencyKind.ProvincialCommittee),
            i.Received, i.ReceivedCounter, i.ReceivedOnline, i.ReceivedPost, i.Resolved, i.Early, i.OnTime, i.Late, i.Open, i.OpenOverdue, Rate(i.OnTimeRate));

    private static RateView Rate(Ratio r) => new(r.Numerator, r.Denominator, r.Value is { } v ? Math.Round(v, 4) : null);

    /// <summary>A unit's row; the province's (no unit in the index) is named by the province's root agency, as in the statistics.</summary>
    private static UnitIndexRow IndexRow(UnitIndex u, Agency? province) => new((u.Unit ?? province)?.Code ?? "", (u.Unit ?? province)?.Name ?? "Toàn tỉnh",
        (u.Unit ?? province)?.NameEn ?? "Whole province", (u.Unit?.Level ?? AgencyLevel.Province).ToString(), u.Rank > 0 ? u.Rank : null, u.Total,
        u.Groups.Select(g => new GroupView(g.Code, g.Name, g.NameEn, g.MaxPoints, g.Score)).ToList());

    private static readonly string[] StatisticsHeader =
    [
        "row", "code", "name", "name_en", "level", "kind", "from", "to", "received", "received_counter", "received_online", "received_post",
        "resolved", "early", "on_time", "late", "open", "open_overdue", "on_time_numerator", "on_time_denominator", "on_time_rate",
    ];

    private static IEnumerable<IReadOnlyList<object?>> StatisticsCsv(StatisticsDocument doc)
    {
        yield return StatisticsHeader;
        IReadOnlyList<object?> Line(string kind, StatisticsRow r) =>
        [
            kind, r.Code, r.Name, r.NameEn, r.Level, r.Kind, doc.Period.From, doc.Period.To, r.Received, r.ReceivedCounter, r.ReceivedOnline, r.ReceivedPost,
            r.Resolved, r.Early, r.OnTime, r.Late, r.Open, r.OpenOverdue, r.OnTimeRate.Numerator, r.OnTimeRate.Denominator, r.OnTimeRate.Value,
        ];
        yield return Line("total", doc.Total);
        foreach (var u in doc.Units)
        {
            yield return Line("unit", u);
        }
    }

    private static IEnumerable<IReadOnlyList<object?>> IndexCsv(IndexDocument doc)
    {
        var groups = doc.Province.Groups.Select(g => g.Code).ToList();
        yield return ["row", "code", "name", "name_en", "level", "rank", "from", "to", "model_version", "total", .. groups.Select(g => "group_" + g)];
        IReadOnlyList<object?> Line(string kind, UnitIndexRow r) =>
        [
            kind, r.Code, r.Name, r.NameEn, r.Level, kind == "province" ? null : r.Rank, doc.Period.From, doc.Period.To, doc.ModelVersion, r.Total,
            .. groups.Select(g => (object?)r.Groups.FirstOrDefault(x => x.Code == g)?.Score),
        ];
        yield return Line("province", doc.Province);
        foreach (var d in doc.Departments)
        {
            yield return Line("department", d);
        }
        foreach (var c in doc.Communes)
        {
            yield return Line("commune", c);
        }
    }
}
