using System.Globalization;

namespace MotCua.Web.Infrastructure;

public static class Language
{
    /// <summary>The request culture chosen by the localisation middleware (vi by default).</summary>
    public static bool IsEnglish(HttpContext _) => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
}
