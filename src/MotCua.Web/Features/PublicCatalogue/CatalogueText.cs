using System.Globalization;
using Microsoft.Extensions.Localization;
using MotCua.Domain.Calendar;
using MotCua.Web.Features.Catalogue;

namespace MotCua.Web.Features.PublicCatalogue;

/// <summary>Words of the catalogue shared by its pages (CatalogueText.strings.json): time units, online levels, money.</summary>
public sealed class CatalogueText
{
    private static readonly CultureInfo Vietnamese = new("vi-VN");

    /// <summary>"10 ngày làm việc", "Trong ngày (nhận trước 15:00)".</summary>
    public static string Time(IStringLocalizer<CatalogueText> t, decimal amount, TimeUnit unit, TimeOnly? cutoff) => unit == TimeUnit.SameDay
        ? cutoff is { } c ? t["time.sameDayCutoff", c.ToString("HH:mm", CultureInfo.InvariantCulture)] : t["time.sameDay"]
        : t["time." + unit, Number(amount)];

    public static string Number(decimal value) => value.ToString("0.###", CultureInfo.CurrentCulture);

    /// <summary>Vietnamese đồng with the reader's digit grouping; zero reads as free of charge.</summary>
    public static string Money(IStringLocalizer<CatalogueText> t, long amount) =>
        amount == 0 ? t["fee.free"] : t["fee.amount", amount.ToString("N0", CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? CultureInfo.InvariantCulture : Vietnamese)];

    public static string Online(IStringLocalizer<CatalogueText> t, OnlineLevel level) => t["online." + level];

    public static string Form(IStringLocalizer<CatalogueText> t, DocumentForm form) => t["form." + form];
}
