using System.Globalization;

namespace MotCua.Web.Features.Generator;

/// <summary>
/// <c>seed --generate --dossiers N --from yyyy-MM-dd --to yyyy-MM-dd [--random-seed S] [--append]</c>. N counts every
/// dossier row written: the accepted ones (with a code) and the few turned down at reception.
/// </summary>
public sealed record GeneratorOptions(int Dossiers, DateOnly From, DateOnly To, int RandomSeed = 766, bool Append = false)
{
    public const string Usage =
        "Usage: MotCua.Web seed --generate --dossiers N --from yyyy-MM-dd --to yyyy-MM-dd [--random-seed S] [--append]";

    /// <summary>Null with an error message when the arguments are wrong.</summary>
    public static GeneratorOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        string? Value(string name)
        {
            var i = args.ToList().IndexOf(name);
            return i >= 0 && i + 1 < args.Count ? args[i + 1] : null;
        }
        error = null;
        if (!int.TryParse(Value("--dossiers"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
        {
            error = "--dossiers must be a positive whole number.";
            return null;
        }
        if (!DateOnly.TryParseExact(Value("--from"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            || !DateOnly.TryParseExact(Value("--to"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to))
        {
            error = "--from and --to must be dates written yyyy-MM-dd.";
            return null;
        }
        if (to < from)
        {
            error = "--to is before --from.";
            return null;
        }
        var seed = 766;
        if (Value("--random-seed") is { } s && !int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed))
        {
            error = "--random-seed must be a whole number.";
            return null;
        }
        return new(n, from, to, seed, args.Contains("--append"));
    }
}
