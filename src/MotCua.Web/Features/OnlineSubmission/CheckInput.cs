namespace MotCua.Web.Features.OnlineSubmission;

/// <summary>The officer's decision on an online dossier: the components found in order and the outcome.</summary>
public sealed class CheckInput
{
    public string? Key { get; set; }
    public string[]? Ok { get; set; }
    public string? Outcome { get; set; }
    public string? MissingItems { get; set; }
    public string? Reasons { get; set; }
    public string? Note { get; set; }

    public static string[] Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
