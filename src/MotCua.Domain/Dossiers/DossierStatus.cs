namespace MotCua.Domain.Dossiers;

/// <summary>Where a dossier stands in its legal life (Decree 61/2018 Art. 15–22, kept by Decree 118/2025).</summary>
public enum DossierStatus
{
    /// <summary>Accepted at a one-stop with a code and a due date; waiting to be transferred (Art. 18).</summary>
    Accepted,
    /// <summary>At the competent agency, moving along the internal process (Art. 19).</summary>
    InProcessing,
    /// <summary>Returned to the applicant for a supplement during processing; the clock is paused (Art. 19(4)).</summary>
    AwaitingSupplement,
    /// <summary>The result is at the one-stop, ready to be returned (Art. 20).</summary>
    ResultReady,
    /// <summary>The result was handed over: at the counter, by post or electronically.</summary>
    Returned,
    /// <summary>Refused after appraisal, in writing with reasons (Art. 19(8)).</summary>
    Refused,
    /// <summary>Processing stopped (dừng xử lý).</summary>
    Stopped,
    /// <summary>Withdrawn at the applicant's request (rút hồ sơ).</summary>
    Withdrawn,
    /// <summary>Not accepted at reception: the applicant was asked to complete it once, fully (Form 02, Art. 15(3)).</summary>
    SupplementRequestedAtIntake,
    /// <summary>Not accepted at reception: refused with reasons (Form 03).</summary>
    RefusedAtIntake,
    /// <summary>
    /// Submitted online, waiting for the one-stop's check (Decree 61 Art. 17(2)): no code and no due date yet; the
    /// officer accepts it (code and due date from that moment), asks once for everything missing, or refuses it.
    /// </summary>
    AwaitingOnlineCheck,
}

public static class DossierStatuses
{
    public static bool IsFinal(this DossierStatus status) => status switch
    {
        DossierStatus.Accepted or DossierStatus.InProcessing or DossierStatus.AwaitingSupplement or DossierStatus.ResultReady
            or DossierStatus.AwaitingOnlineCheck => false,
        DossierStatus.Returned or DossierStatus.Refused or DossierStatus.Stopped or DossierStatus.Withdrawn
            or DossierStatus.SupplementRequestedAtIntake or DossierStatus.RefusedAtIntake => true,
    };
}
