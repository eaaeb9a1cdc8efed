using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Administration;

/// <summary>
/// Writes <see cref="AdminAuditEntry"/> rows. Each change is described by a snapshot of the entity before and after
/// (a plain record, never a password or a secret); the entry keeps only the fields that differ, so a reader sees
/// "effective to: – → 30/06/2026" rather than two full copies.
/// </summary>
public static class AdminAudit
{
    public static readonly JsonSerializerOptions Json = new()
    {
        // Vietnamese names stay readable in the stored JSON.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>
    /// Adds the entry to <paramref name="db"/> without saving: the caller's SaveChanges writes it together with the change.
    /// Returns false (and adds nothing) when an update changed nothing.
    /// </summary>
    public static bool Record(MotCuaDb db, AdminActor actor, DateTimeOffset at, string entityType, string entityKey,
        object? before, object? after, string? note = null)
    {
        var b = before is null ? null : JsonSerializer.SerializeToNode(before, before.GetType(), Json)!.AsObject();
        var a = after is null ? null : JsonSerializer.SerializeToNode(after, after.GetType(), Json)!.AsObject();
        var action = b is null ? AdminAuditAction.Create : a is null ? AdminAuditAction.Delete : AdminAuditAction.Update;
        var summary = new JsonObject();
        if (action == AdminAuditAction.Update)
        {
            var changedBefore = new JsonObject();
            var changedAfter = new JsonObject();
            foreach (var name in b!.Select(p => p.Key).Union(a!.Select(p => p.Key)))
            {
                var old = b![name];
                var now = a![name];
                if (!JsonNode.DeepEquals(old, now))
                {
                    changedBefore[name] = old?.DeepClone();
                    changedAfter[name] = now?.DeepClone();
                }
            }
            if (changedAfter.Count == 0 && note is null)
            {
                return false;
            }
            summary["before"] = changedBefore;
            summary["after"] = changedAfter;
        }
        else
        {
            summary["before"] = b;
            summary["after"] = a;
        }
        if (note is not null)
        {
            summary["note"] = note;
        }
        db.AdminAuditEntries.Add(new AdminAuditEntry
        {
            At = at, ActorId = actor.Id, ActorName = actor.Name, EntityType = entityType, EntityKey = entityKey, Action = action,
            Summary = summary.ToJsonString(Json),
        });
        return true;
    }

    /// <summary>A changed field of a stored summary, its value before and after (null when absent).</summary>
    public sealed record Field(string Name, JsonNode? Before, JsonNode? After)
    {
        public bool IsList => Before is JsonArray || After is JsonArray;
    }

    public static IReadOnlyList<Field> Fields(string summary)
    {
        var root = JsonNode.Parse(summary) as JsonObject;
        var before = root?["before"] as JsonObject;
        var after = root?["after"] as JsonObject;
        var names = (before?.Select(p => p.Key) ?? []).Union(after?.Select(p => p.Key) ?? []);
        return names.Select(n => new Field(n, before?[n], after?[n])).ToList();
    }

    public static string? Note(string summary) => (JsonNode.Parse(summary) as JsonObject)?["note"]?.GetValue<string>();

    /// <summary>A value as lines a reader can scan: one line per list item, an item's fields joined by " · ".</summary>
    public static IReadOnlyList<string> Lines(JsonNode? node, Func<bool, string> yesNo) => node switch
    {
        null => [],
        JsonArray list => list.Select(item => Text(item, yesNo)).ToList(),
        _ => [Text(node, yesNo)],
    };

    private static string Text(JsonNode? node, Func<bool, string> yesNo) => node switch
    {
        null => "–",
        JsonObject o => string.Join(" · ", o.Select(p => Text(p.Value, yesNo))),
        JsonArray a => string.Join(", ", a.Select(i => Text(i, yesNo))),
        JsonValue v when v.GetValueKind() == JsonValueKind.True => yesNo(true),
        JsonValue v when v.GetValueKind() == JsonValueKind.False => yesNo(false),
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(Json),
    };
}
