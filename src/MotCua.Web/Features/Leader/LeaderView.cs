using MotCua.Domain.Dossiers;

namespace MotCua.Web.Features.Leader;

/// <summary>The slices of open work a count on the leader's page stands for; each links down to its dossiers.</summary>
public enum LeaderView
{
    /// <summary>Every dossier whose current step is held (waiting to be transferred, in processing, or ready to return).</summary>
    Open,
    /// <summary>Held by the unit but no officer is assigned to the current step yet.</summary>
    Unassigned,
    /// <summary>The dossier's due date falls within the next working day.</summary>
    DueSoon,
    /// <summary>The dossier's due date has passed and its result is not ready.</summary>
    Overdue,
    /// <summary>The current step's own due time (Form 05) falls within the next working day.</summary>
    StepDueSoon,
    /// <summary>The current step's own due time has passed.</summary>
    StepOverdue,
}

public static class LeaderViews
{
    private static readonly Dictionary<LeaderView, string> Names = new()
    {
        [LeaderView.Open] = "open",
        [LeaderView.Unassigned] = "unassigned",
        [LeaderView.DueSoon] = "due-soon",
        [LeaderView.Overdue] = "overdue",
        [LeaderView.StepDueSoon] = "step-due-soon",
        [LeaderView.StepOverdue] = "step-overdue",
    };

    public static string QueryName(this LeaderView view) => Names[view];

    public static LeaderView? Parse(string? text) =>
        Names.Where(p => string.Equals(p.Value, text?.Trim(), StringComparison.OrdinalIgnoreCase)).Select(p => (LeaderView?)p.Key).FirstOrDefault();

    /// <summary>The columns of the status table; the last groups the three endings without a result.</summary>
    public static readonly IReadOnlyList<DossierStatus[]> StatusColumns =
    [
        [DossierStatus.Accepted],
        [DossierStatus.InProcessing],
        [DossierStatus.AwaitingSupplement],
        [DossierStatus.ResultReady],
        [DossierStatus.Returned],
        [DossierStatus.Refused, DossierStatus.Stopped, DossierStatus.Withdrawn],
    ];

    public static string StatusQuery(IEnumerable<DossierStatus> statuses) => string.Join(',', statuses);

    /// <summary>A comma-separated list of statuses; unknown names are an error (null), an empty text means all.</summary>
    public static DossierStatus[]? ParseStatuses(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var result = new List<DossierStatus>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<DossierStatus>(part, ignoreCase: true, out var status) || !Enum.IsDefined(status) || int.TryParse(part, out _))
            {
                return null;
            }
            result.Add(status);
        }
        return [.. result.Distinct()];
    }
}
