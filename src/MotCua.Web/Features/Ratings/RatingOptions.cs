namespace MotCua.Web.Features.Ratings;

/// <summary>Settings under "Ratings".</summary>
public sealed class RatingOptions
{
    /// <summary>How long after serving an applicant the counter tablet offers that dossier for rating.</summary>
    public int KioskWindowMinutes { get; set; } = 10;

    /// <summary>Seconds between the idle tablet's refreshes (to pick up the next dossier served).</summary>
    public int KioskIdleRefreshSeconds { get; set; } = 15;

    /// <summary>Seconds a rating screen left untouched stays before the tablet looks for the next applicant (long enough to read and choose at ease).</summary>
    public int KioskRatingScreenSeconds { get; set; } = 180;

    /// <summary>Seconds the thanks screen stays before the tablet resets.</summary>
    public int KioskThanksSeconds { get; set; } = 8;
}
