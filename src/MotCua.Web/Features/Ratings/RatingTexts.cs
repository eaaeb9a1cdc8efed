namespace MotCua.Web.Features.Ratings;

/// <summary>The strings of the rating pages (RatingTexts.strings.json).</summary>
public sealed class RatingTexts;
