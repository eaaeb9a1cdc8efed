using System.Globalization;

namespace MotCua.Web.Features.Statistics;

/// <summary>
/// The set-based statements of the roll-up, the same text on SQLite and PostgreSQL except where said. Enums are stored as
/// their names; days are int yyyymmdd, compared as integers. Only integers computed by the code are put inline.
/// </summary>
public static class RollupSql
{
    private static string Cols => string.Join(", ", RollupCells.Columns.Select(c => $"\"{c}\""));

    /// <summary>Adds the new row's counts to the cell's when it already exists (the roll-up only ever moves by differences).</summary>
    internal static string AddOnConflict(IEnumerable<string> columns) =>
        " ON CONFLICT (\"Day\", \"AgencyId\", \"ProcedureId\") DO UPDATE SET "
        + string.Join(", ", columns.Select(c => $"\"{c}\" = \"DailyStats\".\"{c}\" + excluded.\"{c}\""));

    private static readonly string[] OpenColumns = [nameof(DailyStat.Open), nameof(DailyStat.OpenOverdue), nameof(DailyStat.OpenBad)];

    /// <summary>Zeros for the flow columns (all but the three open ones).</summary>
    private static string FlowZeros => string.Join(", ", Enumerable.Repeat("0", RollupCells.Columns.Length - 3));

    private const string OpenCounts =
        "COUNT(*), SUM(CASE WHEN s.\"Overdue\" THEN 1 ELSE 0 END), SUM(CASE WHEN s.\"Overdue\" OR s.\"Dissatisfied\" THEN 1 ELSE 0 END)";

    /// <summary>Every flow of every fact, per (day, agency, procedure); the table is empty before (rebuild).</summary>
    public static string Flows => $"""
        INSERT INTO "DailyStats" ("Day", "AgencyId", "ProcedureId", {Cols})
        SELECT "Day", "AgencyId", "ProcedureId",
            SUM(r), SUM(rc), SUM(ro), SUM(rp), SUM(fb), SUM(po), SUM(dg), SUM(ru),
            SUM(e), SUM(ea), SUM(ot), SUM(la), SUM(pd), SUM(eb), SUM(vs), SUM(sa), SUM(ns), 0, 0, 0
        FROM (
            SELECT "ReceivedDay" AS "Day", "AgencyId", "ProcedureId", 1 AS r,
                CASE WHEN "Channel" = 'Counter' THEN 1 ELSE 0 END AS rc, CASE WHEN "Channel" = 'Online' THEN 1 ELSE 0 END AS ro,
                CASE WHEN "Channel" = 'Post' THEN 1 ELSE 0 END AS rp, CASE WHEN "FeeBearing" THEN 1 ELSE 0 END AS fb,
                CASE WHEN "FeeBearing" AND "PaidOnline" THEN 1 ELSE 0 END AS po, CASE WHEN "Digitised" THEN 1 ELSE 0 END AS dg,
                CASE WHEN "Reused" THEN 1 ELSE 0 END AS ru,
                0 AS e, 0 AS ea, 0 AS ot, 0 AS la, 0 AS pd, 0 AS eb, 0 AS vs, 0 AS sa, 0 AS ns
            FROM "DossierFacts"
            UNION ALL
            SELECT "EndDay", "AgencyId", "ProcedureId", 0, 0, 0, 0, 0, 0, 0, 0, 1,
                CASE WHEN "Timeliness" = 'Early' THEN 1 ELSE 0 END, CASE WHEN "Timeliness" = 'OnTime' THEN 1 ELSE 0 END,
                CASE WHEN "Timeliness" = 'Late' THEN 1 ELSE 0 END, COALESCE("ProcessingDays", 0),
                CASE WHEN "Timeliness" = 'Late' OR "Dissatisfied" THEN 1 ELSE 0 END, 0, 0, 0
            FROM "DossierFacts" WHERE "EndDay" IS NOT NULL
            UNION ALL
            SELECT "RatedDay", "AgencyId", "ProcedureId", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                CASE WHEN "Rating" = 'VerySatisfied' THEN 1 ELSE 0 END, CASE WHEN "Rating" = 'Satisfied' THEN 1 ELSE 0 END,
                CASE WHEN "Rating" = 'NotSatisfied' THEN 1 ELSE 0 END
            FROM "DossierFacts" WHERE "RatedDay" IS NOT NULL
        ) x
        WHERE "Day" IS NOT NULL
        GROUP BY "Day", "AgencyId", "ProcedureId"
        """;

    /// <summary>The dossiers open at the end of one day, per procedure only (the all-procedures rows are summed after).</summary>
    public static string SnapshotProcedures(int day) => string.Create(CultureInfo.InvariantCulture, $"""
        INSERT INTO "DailyStats" ("Day", "AgencyId", "ProcedureId", {Cols})
        SELECT {day}, s."AgencyId", s."ProcedureId", {FlowZeros}, {OpenCounts}
        FROM "OpenSpans" s WHERE s."ToDay" >= {day} AND s."FromDay" <= {day}
        GROUP BY s."AgencyId", s."ProcedureId"
        """) + AddOnConflict(OpenColumns);

    /// <summary>The day close: the dossiers open at the end of one day, per procedure and per agency (procedure 0).</summary>
    public static string SnapshotDay(int day) => SnapshotProcedures(day) + ";\n" + string.Create(CultureInfo.InvariantCulture, $"""
        INSERT INTO "DailyStats" ("Day", "AgencyId", "ProcedureId", {Cols})
        SELECT {day}, s."AgencyId", {RollupCells.AllProcedures}, {FlowZeros}, {OpenCounts}
        FROM "OpenSpans" s WHERE s."ToDay" >= {day} AND s."FromDay" <= {day}
        GROUP BY s."AgencyId"
        """) + AddOnConflict(OpenColumns);

    /// <summary>
    /// PostgreSQL: every day's open dossiers up to a day, in one statement. Each span adds one at its first day and takes it
    /// back the day after its last; a running sum per agency and procedure gives the open count between two such days, and
    /// only those runs are spread over their days — rows grouped: two per span, not one per span and day.
    /// </summary>
    public static string SnapshotAllDays(int upTo) => string.Create(CultureInfo.InvariantCulture, $"""
        INSERT INTO "DailyStats" ("Day", "AgencyId", "ProcedureId", {Cols})
        SELECT to_char(g, 'YYYYMMDD')::int, r.a, r.p, {FlowZeros}, r.o, r.ov, r.bad
        FROM (
            SELECT a, p, d,
                SUM(o) OVER w AS o, SUM(ov) OVER w AS ov, SUM(bad) OVER w AS bad,
                LEAD(d) OVER (PARTITION BY a, p ORDER BY d) AS nd
            FROM (
                SELECT a, p, d, SUM(o) AS o, SUM(ov) AS ov, SUM(bad) AS bad
                FROM (
                    SELECT "AgencyId" AS a, "ProcedureId" AS p, to_date("FromDay"::text, 'YYYYMMDD') AS d, 1 AS o,
                        CASE WHEN "Overdue" THEN 1 ELSE 0 END AS ov, CASE WHEN "Overdue" OR "Dissatisfied" THEN 1 ELSE 0 END AS bad
                    FROM "OpenSpans" WHERE "FromDay" <= {upTo}
                    UNION ALL
                    SELECT "AgencyId", "ProcedureId", to_date(LEAST("ToDay", {upTo})::text, 'YYYYMMDD') + 1, -1,
                        CASE WHEN "Overdue" THEN -1 ELSE 0 END, CASE WHEN "Overdue" OR "Dissatisfied" THEN -1 ELSE 0 END
                    FROM "OpenSpans" WHERE "FromDay" <= {upTo}
                ) e
                GROUP BY a, p, d
            ) c
            WINDOW w AS (PARTITION BY a, p ORDER BY d)
        ) r
        CROSS JOIN LATERAL generate_series(r.d, r.nd - 1, interval '1 day') g
        WHERE r.o > 0 AND r.nd IS NOT NULL
        """) + AddOnConflict(OpenColumns);

    /// <summary>Each agency's all-procedures rows (procedure 0), summed from its procedure rows (rebuild).</summary>
    public static string AllProcedures => $"""
        INSERT INTO "DailyStats" ("Day", "AgencyId", "ProcedureId", {Cols})
        SELECT "Day", "AgencyId", {RollupCells.AllProcedures}, {string.Join(", ", RollupCells.Columns.Select(c => $"SUM(\"{c}\")"))}
        FROM "DailyStats" WHERE "ProcedureId" <> {RollupCells.AllProcedures}
        GROUP BY "Day", "AgencyId"
        """;
}
