using System.Text.RegularExpressions;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Text;

namespace MotCua.Domain.Messaging;

public enum BotIntent { Lookup, Procedures, Help }

/// <summary>What went wrong with a lookup message, so the answer can say what to send instead.</summary>
public enum BotLookupProblem { None, MissingCode, MissingVerifier }

/// <summary>
/// A message sent to the one-stop's Zalo Official Account or SMS keyword number, understood. People type on phones
/// without diacritics, in any case, with or without the space in "TRA CUU", or just paste the link of the receipt's QR
/// code; English keywords (LOOKUP, PROCEDURE) get English answers.
/// </summary>
public sealed partial record BotCommand(BotIntent Intent, string Language, string? Code = null, string? Verifier = null,
    string? Words = null, BotLookupProblem Problem = BotLookupProblem.None)
{
    public static BotCommand Parse(string? message)
    {
        var tokens = (message ?? "").Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        // Keywords are compared folded (no diacritics, upper case); the rest keeps what was typed.
        var folded = tokens.Select(t => VietnameseText.Fold(t).ToUpperInvariant().TrimEnd(':', '.', ',')).ToArray();
        if (Keyword(folded, "TRACUU", "TRA", "CUU", "LOOKUP") is var (lookupTaken, lookupEnglish) && lookupTaken > 0)
        {
            return Lookup(string.Join(' ', tokens[lookupTaken..]), lookupEnglish ? "en" : "vi");
        }
        if (Keyword(folded, "THUTUC", "THU", "TUC", "PROCEDURE") is var (procedureTaken, procedureEnglish) && procedureTaken > 0)
        {
            var words = string.Join(' ', tokens[procedureTaken..]);
            var language = procedureEnglish ? "en" : "vi";
            return words.Length == 0 ? new BotCommand(BotIntent.Help, language) : new BotCommand(BotIntent.Procedures, language, Words: words);
        }
        // A scanned receipt link alone is a lookup (still missing the last four digits of the phone).
        if (LookupLink().IsMatch(message ?? ""))
        {
            return Lookup(message!, "vi");
        }
        return new BotCommand(BotIntent.Help, folded.FirstOrDefault() is "HELP" ? "en" : "vi");
    }

    /// <summary>How many tokens the keyword takes (0: none) — one word, the same as two words, or the English one.</summary>
    private static (int Taken, bool English) Keyword(string[] folded, string joined, string first, string second, string english) =>
        folded.Length == 0 ? (0, false)
        : folded[0] == joined ? (1, false)
        : folded[0] == english ? (1, true)
        : folded.Length > 1 && folded[0] == first && folded[1] == second ? (2, false)
        : (0, false);

    private static BotCommand Lookup(string rest, string language)
    {
        string? code = null;
        string? verifier = null;
        var link = LookupLink().Match(rest);
        if (link.Success)
        {
            code = Uri.UnescapeDataString(link.Groups["code"].Value);
            if (link.Groups["xm"].Success)
            {
                verifier = link.Groups["xm"].Value;
            }
            rest = rest.Remove(link.Index, link.Length);
        }
        foreach (var token in rest.Split([' ', '\t', '\n', '\r', ',', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = token.Trim().ToUpperInvariant();
            if (code is null && DossierCode.TryParse(candidate, out _, out _, out _))
            {
                code = candidate;
            }
            else if (verifier is null && candidate.Length == 4 && candidate.All(char.IsAsciiDigit))
            {
                verifier = candidate;
            }
        }
        var problem = code is null ? BotLookupProblem.MissingCode : verifier is null ? BotLookupProblem.MissingVerifier : BotLookupProblem.None;
        return new BotCommand(BotIntent.Lookup, language, code, verifier, Problem: problem);
    }

    // The receipt's QR code holds the public lookup address: …/tra-cuu?ma=<code>[&xm=<4 digits>].
    [GeneratedRegex(@"https?://\S*?/tra-cuu\?\S*?ma=(?<code>[^&\s]+)(?:\S*?[?&]xm=(?<xm>\d{4}))?\S*", RegexOptions.IgnoreCase)]
    private static partial Regex LookupLink();
}
