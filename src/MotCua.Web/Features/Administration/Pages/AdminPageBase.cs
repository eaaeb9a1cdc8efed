using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MotCua.Domain;
using MotCua.Web.Features.Auth;

namespace MotCua.Web.Features.Administration.Pages;

/// <summary>What every administration page needs: the acting administrator, errors next to fields, shared strings.</summary>
public abstract class AdminPageBase : ComponentBase
{
    [Inject] protected StaffScope Scope { get; set; } = default!;
    [Inject] protected NavigationManager Nav { get; set; } = default!;
    [Inject] protected TimeProvider Clock { get; set; } = default!;
    [Inject] protected IStringLocalizer<AdminText> T { get; set; } = default!;
    [Inject] protected IStringLocalizer<Messages> M { get; set; } = default!;

    /// <summary>The errors of the last post; empty on a GET.</summary>
    protected AdminResult Errors { get; set; } = new();

    protected static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    protected DateOnly Today => VietnamTime.LocalDate(Clock.GetUtcNow());

    protected async Task<AdminActor> ActorAsync()
    {
        var staff = await Scope.LoadAsync();
        return new AdminActor(staff?.UserId, staff?.FullName ?? "");
    }

    protected string? Invalid(string field) => Errors.Has(field) ? "true" : null;

    /// <summary>aria-describedby: the field's hint (if any) and its error messages when there are some.</summary>
    protected string? DescribedBy(string field, string? hintId = null)
    {
        var ids = new[] { hintId, Errors.Has(field) ? AdminFieldError.IdFor(field) : null }.Where(i => i is not null);
        var joined = string.Join(' ', ids);
        return joined.Length == 0 ? null : joined;
    }

    protected string Text(AdminMessage message) => AdminMessages.Format(message, T, M);

    protected string Enum<TEnum>(TEnum value) where TEnum : struct, System.Enum => T[$"{typeof(TEnum).Name}.{value}"];

    protected string Date(DateOnly? date) => date?.ToString(IsEnglish ? "d MMM yyyy" : "dd/MM/yyyy", CultureInfo.CurrentCulture) ?? "";

    protected string Instant(DateTimeOffset at) => VietnamTime.ToLocal(at).ToString(IsEnglish ? "d MMM yyyy HH:mm" : "dd/MM/yyyy HH:mm", CultureInfo.CurrentCulture);

    /// <summary>After a successful post: Post/Redirect/Get, so a reload does not post twice.</summary>
    protected void Done(string url) => Nav.NavigateTo(url, forceLoad: true);
}

public static class AdminMessages
{
    /// <summary>
    /// Domain and API keys (template.*, error.*, field.*) live in the shared Messages table; the administration's own keys in
    /// AdminText. Enum arguments are shown by their localised label (AdminText "Type.Value").
    /// </summary>
    public static string Format(AdminMessage message, IStringLocalizer text, IStringLocalizer messages)
    {
        if (message.Key.StartsWith("template.", StringComparison.Ordinal) || message.Key.StartsWith("error.", StringComparison.Ordinal)
            || message.Key.StartsWith("field.", StringComparison.Ordinal))
        {
            return messages[message.Key];
        }
        var args = message.Args.Select(a => a is System.Enum e ? (object)text[$"{e.GetType().Name}.{e}"].Value : a).ToArray();
        var found = text[message.Key, args];
        return found.ResourceNotFound && message.Key.StartsWith("identity.", StringComparison.Ordinal) ? text["identity.other"] : found;
    }
}
