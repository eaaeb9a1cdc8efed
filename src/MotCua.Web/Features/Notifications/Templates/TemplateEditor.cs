using Microsoft.EntityFrameworkCore;
using MotCua.Domain;
using MotCua.Web.Data;
using MotCua.Web.Features.Administration;
using MotCua.Web.Features.Notifications.Channels;

namespace MotCua.Web.Features.Notifications.Templates;

/// <summary>
/// An administrator edits the wording of a notice: checked before it is saved (subject and text present, lengths, only
/// placeholders that events fill in), previewed with sample values, recorded in the administration change log.
/// </summary>
public sealed class TemplateEditor(MotCuaDb db, NotificationTemplates defaults, TemplateOverrides overrides, WriteGate gate, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> Channels = [TemplateOverride.AnyChannel, "sms", "zalo", "email"];

    public sealed record Draft(string Subject, string Text, string Html);

    /// <summary>One version of an administrator's wording.</summary>
    public sealed record VersionInfo(DateOnly EffectiveFrom, DateTimeOffset UpdatedAt);

    /// <summary>
    /// The version that starts on <paramref name="effectiveFrom"/> if there is one, else the wording in force on
    /// <paramref name="day"/> for exactly this channel, else the default (for every channel). The date is null for the default.
    /// </summary>
    public async Task<(Draft Draft, DateOnly? EffectiveFrom)> CurrentAsync(string topic, string channel, string language, DateOnly day,
        DateOnly? effectiveFrom, CancellationToken ct)
    {
        var rows = db.Set<TemplateOverride>().AsNoTracking().Where(t => t.Topic == topic && t.Channel == channel && t.Language == language);
        var row = effectiveFrom is { } chosen ? await rows.FirstOrDefaultAsync(t => t.EffectiveFrom == chosen, ct) : null;
        row ??= await rows.Where(t => t.EffectiveFrom <= day).OrderByDescending(t => t.EffectiveFrom).FirstOrDefaultAsync(ct);
        if (row is not null)
        {
            return (new Draft(row.Subject, row.Text, row.Html), row.EffectiveFrom);
        }
        var all = defaults.For(language);
        var t = all.TryGetValue(topic, out var found) ? found : all[NotificationTemplates.Generic];
        return (new Draft(t.Subject, t.Text, t.Html), null);
    }

    /// <summary>Every version of this wording, newest first.</summary>
    public Task<List<VersionInfo>> VersionsAsync(string topic, string channel, string language, CancellationToken ct) =>
        db.Set<TemplateOverride>().AsNoTracking().Where(t => t.Topic == topic && t.Channel == channel && t.Language == language)
            .OrderByDescending(t => t.EffectiveFrom).Select(t => new VersionInfo(t.EffectiveFrom, t.UpdatedAt)).ToListAsync(ct);

    /// <summary>Field → message keys (NotificationsAdmin strings); the unknown placeholders are named in the message.</summary>
    public static Dictionary<string, string> Check(Draft draft)
    {
        var errors = new Dictionary<string, string>();
        void Field(string name, string value, int max, bool required)
        {
            if (required && string.IsNullOrWhiteSpace(value))
            {
                errors[name] = "required";
            }
            else if (value.Length > max)
            {
                errors[name] = "tooLong";
            }
            else if (NotificationTemplates.Placeholders(new NotificationTemplates.Template(value)).Where(p => !NotificationTemplates.KnownPlaceholders.Contains(p))
                         .ToList() is { Count: > 0 } unknown)
            {
                errors[name] = "unknown:" + string.Join(", ", unknown.Select(u => "{" + u + "}"));
            }
        }
        Field("subject", draft.Subject, 300, required: true);
        Field("text", draft.Text, 4000, required: true);
        Field("html", draft.Html, 8000, required: false);
        return errors;
    }

    /// <summary>The notice as a recipient would read it, filled with sample values.</summary>
    public RenderedMessage Preview(string topic, string language, Draft draft)
    {
        var english = language == "en";
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["code"] = "000.00.19.H19-261005-0001",
            ["procedure"] = english ? "Issuance of judicial record certificates" : "Cấp Phiếu lý lịch tư pháp",
            ["dueDate"] = english ? "19 Oct 2026, 17:00" : "17:00 ngày 19/10/2026",
            ["lookupLink"] = "https://motcua.example.vn/tra-cuu?ma=000.00.19.H19-261005-0001",
            ["items"] = english ? "- Signed application form" : "- Tờ khai có chữ ký",
            ["reasons"] = english ? "- Not eligible" : "- Không thuộc đối tượng",
            ["reason"] = english ? "Waiting for verification" : "Chờ kết quả xác minh",
            ["event"] = topic,
            ["codeSuffix"] = " – 000.00.19.H19-261005-0001",
            ["amount"] = "200.000 đ",
            ["feedbackCode"] = "PA-2610-0007",
        };
        var facts = new NotificationFacts(0, topic, clock.GetUtcNow(), values["code"], null, null, null, values);
        return defaults.Render(language, facts, TemplateOverrides.ToTemplate(draft.Subject, draft.Text, draft.Html));
    }

    /// <summary>
    /// Saves the wording as the version starting on <paramref name="effectiveFrom"/> (replacing a version of that very day).
    /// A day already past is refused: notices already sent said what they said, and a retry must say it again.
    /// </summary>
    public async Task<Dictionary<string, string>> SaveAsync(AdminActor actor, string topic, string channel, string language, DateOnly effectiveFrom,
        Draft draft, CancellationToken ct)
    {
        var errors = Check(draft);
        if (effectiveFrom < VietnamTime.LocalDate(clock.GetUtcNow()))
        {
            errors["effectiveFrom"] = "effectiveInPast";
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        using (await gate.EnterAsync(ct))
        {
            var row = await db.Set<TemplateOverride>().FirstOrDefaultAsync(
                t => t.Topic == topic && t.Channel == channel && t.Language == language && t.EffectiveFrom == effectiveFrom, ct);
            var before = row is null ? null : new Draft(row.Subject, row.Text, row.Html);
            if (row is null)
            {
                row = new TemplateOverride { Topic = topic, Channel = channel, Language = language, EffectiveFrom = effectiveFrom };
                db.Add(row);
            }
            (row.Subject, row.Text, row.Html) = (draft.Subject.Trim(), draft.Text.Trim(), draft.Html.Trim());
            row.UpdatedAt = clock.GetUtcNow();
            row.UpdatedById = actor.Id;
            AdminAudit.Record(db, actor, row.UpdatedAt, AdminEntities.NotificationTemplate, Key(topic, channel, language, effectiveFrom), before, draft);
            await db.SaveChangesAsync(ct);
        }
        overrides.Invalidate();
        return errors;
    }

    /// <summary>Deletes one version: the one before it (or the default) applies again from its day.</summary>
    public async Task ResetAsync(AdminActor actor, string topic, string channel, string language, DateOnly effectiveFrom, CancellationToken ct)
    {
        using (await gate.EnterAsync(ct))
        {
            var row = await db.Set<TemplateOverride>().FirstOrDefaultAsync(
                t => t.Topic == topic && t.Channel == channel && t.Language == language && t.EffectiveFrom == effectiveFrom, ct);
            if (row is null)
            {
                return;
            }
            db.Remove(row);
            AdminAudit.Record(db, actor, clock.GetUtcNow(), AdminEntities.NotificationTemplate, Key(topic, channel, language, effectiveFrom),
                new Draft(row.Subject, row.Text, row.Html), null);
            await db.SaveChangesAsync(ct);
        }
        overrides.Invalidate();
    }

    private static string Key(string topic, string channel, string language, DateOnly effectiveFrom) =>
        $"{topic}/{channel}/{language}/{effectiveFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";
}
