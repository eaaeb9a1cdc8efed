namespace MotCua.Web.Features.Ratings;

/// <summary>What the applicant chose on the form. The criteria are "yes", "no" or blank.</summary>
public sealed class RatingInput
{
    public SatisfactionLevel? Level { get; set; }
    public string? Attitude { get; set; }
    public string? Timeliness { get; set; }
    public string? Convenience { get; set; }
    public string? Comment { get; set; }

    public static bool? Criterion(string? value) => value switch
    {
        "yes" => true,
        "no" => false,
        _ => null,
    };
}

/// <summary>The dossier a rating page is about: code and procedure only, never the applicant.</summary>
public sealed record RatingTarget(long DossierId, string Code, string ProcedureName, MotCua.Domain.Dossiers.DossierStatus Status, bool AlreadyRated);

/// <summary>A rating stored, or the reason (a RatingErrors code) it was not.</summary>
public sealed record RatingOutcome(Rating? Rating, string? Error)
{
    public bool Ok => Rating is not null;

    public static RatingOutcome Fail(string error) => new(null, error);
}
