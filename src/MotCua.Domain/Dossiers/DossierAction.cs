namespace MotCua.Domain.Dossiers;

/// <summary>Every lifecycle action an officer (or the applicant through an officer) can take on an accepted dossier.</summary>
public enum DossierAction
{
    Transfer,
    Assign,
    Forward,
    Consult,
    AnswerConsultation,
    RequestSupplement,
    ReceiveSupplement,
    Refuse,
    Stop,
    Withdraw,
    Apologize,
    ResultReady,
    NotifyEarlyReturn,
    Return,
}

public static class DossierActions
{
    /// <summary>The names used in URLs: <c>/actions/request-supplement</c>.</summary>
    public static string UrlName(this DossierAction action) => action switch
    {
        DossierAction.Transfer => "transfer",
        DossierAction.Assign => "assign",
        DossierAction.Forward => "forward",
        DossierAction.Consult => "consult",
        DossierAction.AnswerConsultation => "answer-consultation",
        DossierAction.RequestSupplement => "request-supplement",
        DossierAction.ReceiveSupplement => "receive-supplement",
        DossierAction.Refuse => "refuse",
        DossierAction.Stop => "stop",
        DossierAction.Withdraw => "withdraw",
        DossierAction.Apologize => "apologize",
        DossierAction.ResultReady => "result-ready",
        DossierAction.NotifyEarlyReturn => "notify-early-return",
        DossierAction.Return => "return",
    };

    public static bool TryParse(string? urlName, out DossierAction action)
    {
        foreach (var candidate in Enum.GetValues<DossierAction>())
        {
            if (string.Equals(candidate.UrlName(), urlName, StringComparison.OrdinalIgnoreCase))
            {
                action = candidate;
                return true;
            }
        }
        action = default;
        return false;
    }
}
