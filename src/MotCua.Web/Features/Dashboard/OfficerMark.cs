namespace MotCua.Web.Features.Dashboard;

/// <summary>
/// What an officer's count stands for: steps of the control slip (Form 05) completed in the period, all or by the
/// mark the step got (early / on time / late against the step's own due time), or steps held now (open, overdue).
/// </summary>
public enum OfficerMark { Done, Early, OnTime, Late, Open, Overdue }

public static class OfficerMarks
{
    private static readonly Dictionary<OfficerMark, string> Names = new()
    {
        [OfficerMark.Done] = "done",
        [OfficerMark.Early] = "early",
        [OfficerMark.OnTime] = "on-time",
        [OfficerMark.Late] = "late",
        [OfficerMark.Open] = "open",
        [OfficerMark.Overdue] = "overdue",
    };

    public static string QueryName(this OfficerMark mark) => Names[mark];

    public static OfficerMark? Parse(string? text) =>
        Names.Where(p => string.Equals(p.Value, text?.Trim(), StringComparison.OrdinalIgnoreCase)).Select(p => (OfficerMark?)p.Key).FirstOrDefault();
}
