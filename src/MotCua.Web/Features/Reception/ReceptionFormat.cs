using System.Globalization;
using Microsoft.Extensions.Localization;
using MotCua.Domain;
using MotCua.Domain.Calendar;
using MotCua.Web.Features.Catalogue;

namespace MotCua.Web.Features.Reception;

/// <summary>How the counter pages write times, fees and catalogue terms, in the page's language (strings: <see cref="ReceptionTerms"/>).</summary>
public static class ReceptionFormat
{
    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Time(IStringLocalizer terms, Procedure p)
    {
        var amount = p.TimeAmount.ToString("0.##", CultureInfo.CurrentCulture);
        return p.TimeUnit switch
        {
            TimeUnit.WorkingDays => terms["time.workingDays", amount],
            TimeUnit.WorkingHours => terms["time.workingHours", amount],
            TimeUnit.CalendarDays => terms["time.calendarDays", amount],
            TimeUnit.SameDay => terms["time.sameDay", (p.Cutoff ?? ProcessingTime.DefaultSameDayCutoff).ToString("HH:mm", CultureInfo.InvariantCulture)],
        };
    }

    public static string Fees(IStringLocalizer terms, IReadOnlyCollection<ProcedureFee> fees)
    {
        if (fees.Count == 0 || fees.All(f => f.Amount == 0))
        {
            return terms["fee.none"];
        }
        return string.Join("; ", fees.Where(f => f.Amount > 0).Select(f => Money(f.Amount)).Distinct());
    }

    public static string Money(long amount) => English
        ? amount.ToString("N0", CultureInfo.InvariantCulture) + " VND"
        : amount.ToString("N0", CultureInfo.GetCultureInfo("vi-VN")) + " đ";

    public static string Online(IStringLocalizer terms, OnlineLevel level) => terms["online." + level];

    public static string Form(IStringLocalizer terms, DocumentForm form) => terms["form." + form];

    public static string YesNo(IStringLocalizer terms, bool value) => terms[value ? "yes" : "no"];

    /// <summary>"17:00 16/03/2026" in Vietnam time.</summary>
    public static string Instant(DateTimeOffset? instant) =>
        instant is null ? "—" : VietnamTime.ToLocal(instant.Value).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"17:00, thứ Hai 16/03/2026": the due date as the applicant hears it at the counter.</summary>
    public static string DueDay(IStringLocalizer terms, DateTimeOffset instant)
    {
        var local = VietnamTime.ToLocal(instant);
        return terms["dueDay", local.ToString("HH:mm", CultureInfo.InvariantCulture), terms["day." + local.DayOfWeek], local.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)];
    }
}

/// <summary>Marker for ReceptionTerms.strings.json: the catalogue terms the counter pages share.</summary>
public sealed class ReceptionTerms;
