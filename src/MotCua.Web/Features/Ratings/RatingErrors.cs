namespace MotCua.Web.Features.Ratings;

/// <summary>Why a rating is refused; the keys of RatingTexts.strings.json ("error.&lt;code&gt;").</summary>
public static class RatingErrors
{
    /// <summary>Unknown code and wrong phone digits answer alike, as the public lookup does.</summary>
    public const string NotFound = "rating-dossier-not-found";
    public const string NotReturned = "rating-not-returned";
    public const string AlreadyRated = "rating-already-rated";
    public const string NotServedHere = "rating-not-served-here";
    public const string LevelRequired = "rating-level-required";
    public const string CommentTooLong = "rating-comment-too-long";
    public const string KioskKeyInvalid = "rating-kiosk-key-invalid";
}
