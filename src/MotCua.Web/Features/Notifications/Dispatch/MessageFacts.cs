using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain;
using MotCua.Web.Data;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Notifications.Channels;
using MotCua.Web.Features.Outbox;

namespace MotCua.Web.Features.Notifications.Dispatch;

/// <summary>
/// What a message says, read from its payload and its dossier: the values of the templates, the facts for the portal, and
/// the contact points the recipient gave. Personal data goes only to the person it belongs to: the generic template never
/// lists contact fields, and the portal's facts hold none.
/// </summary>
public static class MessageFacts
{
    public sealed record Loaded(NotificationFacts Facts, ContactPoints Contact, string Language);

    private static readonly HashSet<string> ResultTopics = [OutboxTopics.ResultReady, OutboxTopics.EarlyResult, OutboxTopics.Returned];
    private static readonly HashSet<string> Personal = new(StringComparer.OrdinalIgnoreCase)
    {
        "email", "recipient", "recipientEmail", "to", "phone", "recipientPhone", "idNumber", "name", "fullName", "address", "token",
        "language", "lang", "reference", "status", "restarted", "early",
    };

    public static async Task<Loaded> LoadAsync(MotCuaDb db, OutboxMessage message, string publicBaseUrl, CancellationToken ct)
    {
        var payload = Flatten(message.Payload);
        var dossier = message.DossierId is { } id
            ? await db.Dossiers.AsNoTracking().Include(d => d.Procedure).FirstOrDefaultAsync(d => d.Id == id, ct)
            : null;
        // The workspace speaks Vietnamese: an officer's notice is not in the applicant's language, its values neither.
        var language = OutboxTopics.IsStaff(message.Topic) ? "vi"
            : Templates.NotificationTemplates.Language(Get(payload, "language", "lang") ?? dossier?.ApplicantLanguage);
        var english = language == "en";
        var values = new Dictionary<string, string>(payload, StringComparer.Ordinal);

        var code = dossier?.Reference ?? Get(payload, "reference", "code", "dossierCode");
        string? lookupLink = null;
        if (code is not null)
        {
            values["code"] = code;
            lookupLink = $"{publicBaseUrl.TrimEnd('/')}/tra-cuu?ma={Uri.EscapeDataString(code)}";
            values["lookupLink"] = lookupLink;
        }
        if (dossier?.Procedure is { } procedure)
        {
            values["procedure"] = english ? procedure.NameEn : procedure.Name;
        }
        var dueAt = Instant(Get(payload, "newDueAt", "dueAt")) ?? dossier?.DueAt;
        if (dueAt is { } due)
        {
            values["dueDate"] = VietnamTime.ToLocal(due).ToString(english ? "d MMM yyyy, HH:mm" : "HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture);
        }
        if (!values.ContainsKey("items") && message.Topic == OutboxTopics.SupplementRequired && dossier is not null)
        {
            // At intake the request is on the dossier, not in the payload (Decree 61 Art. 15(2)(b): a written list of what to add).
            var items = await db.SupplementRequests.AsNoTracking().Where(r => r.DossierId == dossier.Id)
                .OrderByDescending(r => r.Id).Select(r => r.Items).FirstOrDefaultAsync(ct);
            values["items"] = Lines(items?.Split('\n') ?? []);
        }
        if (!values.ContainsKey("reasons") && dossier?.EndReasons is { } reasons)
        {
            values["reasons"] = Lines(reasons.Split('\n'));
        }
        if (OutboxTopics.IsStaff(message.Topic))
        {
            await AddStaffValuesAsync(db, values, payload, dossier, code, publicBaseUrl, english, ct);
        }
        values["event"] = message.Topic;
        values["codeSuffix"] = code is null ? "" : " – " + code;
        values["details"] = Details(payload);

        var resultLink = ResultTopics.Contains(message.Topic) ? lookupLink : null;
        var facts = new NotificationFacts(message.Id, message.Topic, message.CreatedAt, code,
            Get(payload, "status") ?? dossier?.Status.ToString(), dueAt, resultLink, values);
        var explicitRecipient = Get(payload, "email", "recipientEmail", "recipient", "to", "phone", "recipientPhone") is not null;
        var contact = new ContactPoints(
            Get(payload, "email", "recipientEmail", "recipient", "to") ?? dossier?.ApplicantEmail,
            Get(payload, "phone", "recipientPhone") ?? dossier?.ApplicantPhone,
            // The applicant's choice at intake governs notices about the dossier; a message addressed to someone (a reset
            // link, a feedback answer) goes where it is addressed.
            Chosen: explicitRecipient || dossier is null || dossier.NotifyBy == NotifyChannels.None
                ? null
                : NotifyChannelChoice.Names(dossier.NotifyBy).Select(n => n.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal));
        return new Loaded(facts, contact, language);
    }

    /// <summary>For officers: the link to the dossier in the workspace, the step and the unit concerned.</summary>
    private static async Task AddStaffValuesAsync(MotCuaDb db, Dictionary<string, string> values, Dictionary<string, string> payload,
        Dossier? dossier, string? code, string publicBaseUrl, bool english, CancellationToken ct)
    {
        if (code is not null)
        {
            values["staffLink"] = $"{publicBaseUrl.TrimEnd('/')}/can-bo/ho-so/{Uri.EscapeDataString(code)}";
        }
        if (!values.ContainsKey("stepName") && dossier is not null
            && int.TryParse(Get(payload, "step"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var index))
        {
            var step = await db.DossierSteps.AsNoTracking().Where(s => s.DossierId == dossier.Id && s.Index == index)
                .Select(s => new { s.Name, s.NameEn }).FirstOrDefaultAsync(ct);
            if (step is not null)
            {
                values["stepName"] = english ? step.NameEn : step.Name;
            }
        }
        if (Get(payload, "agency") is { } agencyCode)
        {
            var agency = await db.Agencies.AsNoTracking().Where(a => a.Code == agencyCode).Select(a => new { a.Name, a.NameEn }).FirstOrDefaultAsync(ct);
            values["agency"] = agency is null ? agencyCode : english ? agency.NameEn : agency.Name;
        }
    }

    /// <summary>What the generic template lists: the event's own fields, never contact or identity fields.</summary>
    public static string Details(IReadOnlyDictionary<string, string> payload) =>
        string.Join('\n', payload.Where(p => !Personal.Contains(p.Key)).Select(p => $"{p.Key}: {p.Value}"));

    private static string? Get(Dictionary<string, string> payload, params string[] keys) =>
        keys.Select(k => payload.GetValueOrDefault(k)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static DateTimeOffset? Instant(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at.ToUniversalTime() : null;

    private static string Lines(IEnumerable<string> lines) =>
        string.Join('\n', lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => "- " + l.Trim()));

    /// <summary>Top-level values, then the values of nested objects (OutboxWriter's "extra"); the first of a name wins.</summary>
    public static Dictionary<string, string> Flatten(string json)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var doc = JsonDocument.Parse(json);
            Walk(doc.RootElement, result);
        }
        catch (JsonException)
        {
            // A payload that is not JSON still gets the generic message; it carries nothing to fill in.
        }
        return result;
    }

    private static void Walk(JsonElement element, Dictionary<string, string> into)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        var nested = new List<JsonElement>();
        foreach (var p in element.EnumerateObject())
        {
            switch (p.Value.ValueKind)
            {
                case JsonValueKind.Object:
                    nested.Add(p.Value);
                    break;
                case JsonValueKind.Array:
                    into.TryAdd(p.Name, Lines(p.Value.EnumerateArray().Select(Scalar)));
                    break;
                case JsonValueKind.Null or JsonValueKind.Undefined:
                    break;
                default:
                    into.TryAdd(p.Name, Scalar(p.Value));
                    break;
            }
        }
        foreach (var n in nested)
        {
            Walk(n, into);
        }
    }

    private static string Scalar(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString() ?? "",
        JsonValueKind.Object or JsonValueKind.Array => e.GetRawText(),
        _ => e.GetRawText(),
    };
}
