using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Audit;

/// <summary>
/// The append-only, hash-chained trail of a dossier. The dossier row keeps the head of its chain, and because every
/// action also bumps the dossier's concurrency version, two actions can never extend the chain from the same head.
/// </summary>
public static class AuditChain
{
    public sealed record Actor(string? Id, string Name);

    public static AuditEntry Append(Dossier dossier, Actor actor, string action, DateTimeOffset at,
        string? fromStatus, string? toStatus, string? note = null, object? data = null)
    {
        var entry = new AuditEntry
        {
            Sequence = dossier.AuditCount + 1,
            At = TruncateToMicroseconds(at),
            ActorId = actor.Id,
            ActorName = actor.Name,
            Action = action,
            FromStatus = fromStatus,
            ToStatus = toStatus,
            Note = note,
            Data = data is null ? null : JsonSerializer.Serialize(data, JsonOptions),
            PreviousHash = dossier.AuditHead,
        };
        entry.Hash = ComputeHash(entry);
        dossier.Audit.Add(entry);
        dossier.AuditHead = entry.Hash;
        dossier.AuditCount = entry.Sequence;
        return entry;
    }

    public sealed record Verification(bool Valid, int Entries, int? FirstBrokenSequence, string? Problem);

    /// <summary>Recomputes every hash in order; reports the first entry that does not match its content or link.</summary>
    public static Verification Verify(IReadOnlyList<AuditEntry> entriesInOrder, string expectedHead)
    {
        var previous = "";
        for (var i = 0; i < entriesInOrder.Count; i++)
        {
            var e = entriesInOrder[i];
            if (e.Sequence != i + 1)
            {
                return new(false, entriesInOrder.Count, i + 1, "missing-entry");
            }
            if (e.PreviousHash != previous)
            {
                return new(false, entriesInOrder.Count, e.Sequence, "broken-link");
            }
            if (ComputeHash(e) != e.Hash)
            {
                return new(false, entriesInOrder.Count, e.Sequence, "content-changed");
            }
            previous = e.Hash;
        }
        return previous == expectedHead
            ? new(true, entriesInOrder.Count, null, null)
            : new(false, entriesInOrder.Count, entriesInOrder.Count + 1, "head-mismatch");
    }

    public static string ComputeHash(AuditEntry e)
    {
        var canonical = string.Join('\u001f',
            e.PreviousHash,
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture),
            e.ActorId ?? "",
            e.ActorName,
            e.Action,
            e.FromStatus ?? "",
            e.ToStatus ?? "",
            e.Note ?? "",
            e.Data ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    // PostgreSQL keeps microseconds: hash what the database will give back.
    private static DateTimeOffset TruncateToMicroseconds(DateTimeOffset at) =>
        new(at.UtcTicks - at.UtcTicks % 10, TimeSpan.Zero);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
