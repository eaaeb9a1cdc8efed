using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MotCua.Domain.Calendar;
using MotCua.Domain.Messaging;
using MotCua.Web.Data;
using MotCua.Web.Features.Catalogue;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Messaging;

/// <summary>
/// The bot's answers. A lookup tells status, procedure and dates — never a name, phone or number of the applicant — and
/// an unknown code and a wrong verifier get the same answer, as on the lookup page.
/// </summary>
public sealed class BotAnswers(MotCuaDb db, IStringLocalizer<BotAnswers> text, IStringLocalizer<Components.Shared.StatusBadge> statuses)
{
    public const int ProceduresListed = 3;

    public async Task<string> AnswerAsync(BotCommand command, CancellationToken ct)
    {
        using var _ = new LanguageScope(command.Language);
        return command.Intent switch
        {
            BotIntent.Lookup => await LookupAsync(command, ct),
            BotIntent.Procedures => await ProceduresAsync(command.Words!, command.Language == "en", ct),
            BotIntent.Help => text["help"],
        };
    }

    private async Task<string> LookupAsync(BotCommand command, CancellationToken ct)
    {
        switch (command.Problem)
        {
            case BotLookupProblem.MissingCode:
                return text["lookup.missingCode"];
            case BotLookupProblem.MissingVerifier:
                return text["lookup.missingVerifier", command.Code!];
            case BotLookupProblem.None:
                break;
        }
        var found = await PublicLookup.FindAsync(db, command.Code, command.Verifier, command.Language == "en", ct);
        if (found is null)
        {
            return text["lookup.notFound", command.Code!];
        }
        var answer = text["lookup.found", found.Code, statuses[found.Status], found.ProcedureName];
        if (found.ReturnedAt is { } returned)
        {
            return answer + " " + text["lookup.returned", Time(returned)];
        }
        return found.DueAt is { } due ? answer + " " + text["lookup.due", Time(due)] : answer;
    }

    private async Task<string> ProceduresAsync(string words, bool english, CancellationToken ct)
    {
        var found = await db.Procedures.AsNoTracking().Matching(words).OrderBy(p => p.Name).Take(ProceduresListed + 1).Include(p => p.Fees).AsSplitQuery().ToListAsync(ct);
        if (found.Count == 0)
        {
            return text["procedures.none", words];
        }
        var lines = found.Take(ProceduresListed).Select(p => text["procedures.line", english ? p.NameEn : p.Name, p.Code, TimeText(p), FeeText(p)].Value);
        var more = found.Count > ProceduresListed ? "\n" + text["procedures.more"] : "";
        return string.Join("\n", lines) + more;
    }

    private string TimeText(Procedure p) => text["time." + p.TimeUnit, p.TimeAmount.ToString("0.##", CultureInfo.InvariantCulture)];

    private string FeeText(Procedure p) => p.Fees.Count == 0 || p.Fees.All(f => f.Amount == 0)
        ? text["fee.none"]
        : string.Join(", ", p.Fees.Where(f => f.Amount > 0).Select(f => f.Amount.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.') + " đ"));

    private static string Time(DateTimeOffset local) => local.ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The answer's language is the message's, whatever the webhook request carried.</summary>
    private readonly struct LanguageScope : IDisposable
    {
        private readonly CultureInfo ui;
        private readonly CultureInfo culture;

        public LanguageScope(string language)
        {
            (ui, culture) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(language == "en" ? "en" : "vi-VN");
        }

        public void Dispose() => (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, culture);
    }
}
