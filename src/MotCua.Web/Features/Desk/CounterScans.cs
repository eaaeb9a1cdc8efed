using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;
using MotCua.Web.Features.Audit;
using MotCua.Web.Features.Auth;
using MotCua.Web.Features.OnlineSubmission;

namespace MotCua.Web.Features.Desk;

/// <summary>
/// The officer scans the paper dossier (Decree 61 Art. 15; Decree 45/2020 on the electronic environment) and attaches the
/// scans to its components: the dossier becomes digitised (Decision 766 indicator 4.2), and the next officer reads it on
/// screen. Files are checked and stored exactly as online uploads are; the attachment is an audited action of the dossier.
/// </summary>
public sealed class CounterScans(MotCuaDb db, OnlineSubmissions online, WriteGate gate, TimeProvider clock)
{
    public sealed record ScanFile(long Id, string ComponentCode, string FileName, string ContentType, long Length, DateTimeOffset UploadedAt);

    /// <summary>While the dossier is open; the online check and the ended dossiers have their own records.</summary>
    public static bool CanScan(DossierStatus status) => !status.IsFinal() && status != DossierStatus.AwaitingOnlineCheck;

    /// <summary>The electronic copies of the dossier's components (uploaded online or scanned at the desk).</summary>
    public Task<List<ScanFile>> FilesAsync(long dossierId, CancellationToken ct) =>
        db.Set<OnlineFile>().AsNoTracking().Where(f => f.DossierId == dossierId && f.SentAt != null && f.StorageKey != null)
            .OrderBy(f => f.ComponentCode).ThenBy(f => f.Id)
            .Select(f => new ScanFile(f.Id, f.ComponentCode, f.FileName, f.ContentType, f.Length, f.UploadedAt)).ToListAsync(ct);

    /// <returns>The files refused, per slot, and how many were attached.</returns>
    public async Task<(FormErrors Errors, int Attached)> AttachAsync(StaffScope.Loaded staff, long dossierId, IReadOnlyList<SlotUpload> uploads, CancellationToken ct)
    {
        var dossier = await db.Dossiers.Include(d => d.Procedure!).ThenInclude(p => p.Documents).FirstAsync(d => d.Id == dossierId, ct);
        if (!CanScan(dossier.Status))
        {
            var closed = new FormErrors();
            closed.Add("scan", "scan.closed");
            return (closed, 0);
        }
        FormErrors errors;
        using (await gate.EnterAsync(ct))
        {
            errors = await online.AttachAsync(staff.UserId, dossier.Procedure!, null, dossierId, null, uploads, new Dictionary<string, string>(), ct);
        }
        var now = clock.GetUtcNow();
        var fresh = await db.Set<OnlineFile>().Where(f => f.DossierId == dossierId && f.OwnerUserId == staff.UserId && f.SentAt == null).ToListAsync(ct);
        if (fresh.Count == 0)
        {
            return (errors, 0);
        }
        foreach (var file in fresh)
        {
            file.SentAt = now;
        }
        // Audited like every action on a dossier, and the version moves: the statistics and other officers see the change.
        AuditChain.Append(dossier, new AuditChain.Actor(staff.UserId, staff.FullName), "scan", now, dossier.Status.ToString(), dossier.Status.ToString(),
            null, new { components = fresh.Select(f => f.ComponentCode).Distinct().Order().ToArray(), files = fresh.Count });
        dossier.Version++;
        using (await gate.EnterAsync(ct))
        {
            await db.SaveChangesAsync(ct);
        }
        return (errors, fresh.Count);
    }
}
