using System.Globalization;
using Microsoft.Extensions.Localization;

namespace MotCua.Web.Features.Reports;

/// <summary>The strings of the report documents (ReportTexts.strings.json).</summary>
public sealed class ReportTexts;

/// <summary>The report strings in the request's language, with the number culture that goes with it.</summary>
public sealed class ReportText(IStringLocalizer<ReportTexts> l)
{
    public bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public CultureInfo Culture => English ? CultureInfo.GetCultureInfo("en-US") : CultureInfo.GetCultureInfo("vi-VN");

    public string this[string key] => l[key];

    public string this[string key, params object[] args] => l[key, args];

    public string NoRows => l["noRows"];

    public string Truncated(int shown, int total) => l["truncated", shown.ToString("#,##0", Culture), total.ToString("#,##0", Culture)];

    public string Period(ReportPeriod p) =>
        p.IsYear ? l["period.year", p.From.Year]
        : p.IsQuarter ? l["period.quarter", ((p.From.Month - 1) / 3) + 1, p.From.Year]
        : p.IsMonth ? l["period.month", p.From.Month.ToString("00", CultureInfo.InvariantCulture), p.From.Year]
        : l["period.custom", Day(p.From), Day(p.To)];

    public static string Day(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
