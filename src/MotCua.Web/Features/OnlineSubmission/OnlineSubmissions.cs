using Microsoft.EntityFrameworkCore;
using MotCua.Domain;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;
using MotCua.Web.Features.Audit;
using MotCua.Web.Features.Catalogue;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Features.Outbox;

namespace MotCua.Web.Features.OnlineSubmission;

/// <summary>
/// A citizen's side of online submission: drafts with their files, the submission that makes a dossier waiting for the
/// one-stop's check (Decree 61 Art. 17(2)), and the supplements sent online. Placement and field rules are the
/// counter's own (<see cref="IntakePlacement"/>, <see cref="IntakeValidation"/>); acceptance is the officer's, through
/// <see cref="IntakeService.CheckOnlineAsync"/>.
/// </summary>
public sealed class OnlineSubmissions(MotCuaDb db, FileStore store, OrganisationCache organisation, WriteGate writes, TimeProvider clock,
    Citizens.CitizenProfiles profiles)
{
    public sealed record ReuseChoice(string Value, string Label);

    public Task<OnlineDraft?> FindDraftAsync(string userId, long id, CancellationToken ct) =>
        db.Set<OnlineDraft>().FirstOrDefaultAsync(d => d.Id == id && d.UserId == userId, ct);

    public Task<List<OnlineFile>> FilesOfDraftAsync(long draftId, CancellationToken ct) =>
        db.Set<OnlineFile>().AsNoTracking().Where(f => f.DraftId == draftId).OrderBy(f => f.Id).ToListAsync(ct);

    public Task<List<OnlineFile>> FilesOfDossierAsync(long dossierId, CancellationToken ct) =>
        db.Set<OnlineFile>().AsNoTracking().Where(f => f.DossierId == dossierId).OrderBy(f => f.Id).ToListAsync(ct);

    /// <summary>Creates or updates the draft with what was typed; nothing is checked yet (a draft may be half done).</summary>
    public async Task<OnlineDraft> SaveDraftAsync(string userId, Procedure procedure, OnlineDraft? draft, DraftFields f, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (draft is null)
        {
            draft = new OnlineDraft { UserId = userId, ProcedureId = procedure.Id, CreatedAt = now };
            db.Add(draft);
        }
        draft.UpdatedAt = now;
        draft.ApplicantKind = f.Kind == "Organisation" ? "Organisation" : "Person";
        draft.FullName = Clip(f.FullName, 300) ?? "";
        draft.IdNumber = Clip(f.IdNumber, 20);
        draft.Phone = Clip(f.Phone, 20);
        draft.Email = Clip(f.Email, 254);
        draft.Address = Clip(f.Address, 500);
        draft.Notes = Clip(f.Notes, 2000);
        draft.ReceivingPointCode = Clip(f.ReceivingPoint, 32);
        draft.CompetentAgencyCode = Clip(f.Competent, 32);
        draft.Language = f.Language == "en" ? "en" : "vi";
        await db.SaveChangesAsync(ct);
        return draft;
    }

    /// <summary>
    /// Stores the uploads and the reuse choices of a draft (<paramref name="draftId"/>) or of a dossier being supplemented
    /// (<paramref name="dossierId"/>, files answering <paramref name="supplementRequestId"/>). Each refused file gets its
    /// error on its slot; the others are kept.
    /// </summary>
    public async Task<FormErrors> AttachAsync(string userId, Procedure procedure, long? draftId, long? dossierId, long? supplementRequestId,
        IReadOnlyList<SlotUpload> uploads, IReadOnlyDictionary<string, string> reuse, CancellationToken ct)
    {
        var errors = new FormErrors();
        var slots = procedure.Documents.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var existing = await db.Set<OnlineFile>()
            .Where(f => (draftId != null && f.DraftId == draftId) || (dossierId != null && f.DossierId == dossierId))
            .Select(f => new { f.Length, f.ReusedFromFileId, f.ReusedResultOfDossierId, f.StorageKey, f.ComponentCode })
            .ToListAsync(ct);
        // Reused files take no new space: the dossier limit counts what the applicant uploads.
        var total = existing.Where(f => f.ReusedFromFileId is null).Sum(f => f.Length);
        var now = clock.GetUtcNow();
        foreach (var upload in uploads)
        {
            if (!slots.Contains(upload.ComponentCode))
            {
                continue;
            }
            var slot = FormErrors.Slot(upload.ComponentCode);
            if (upload.Length > store.Options.MaxFileBytes)
            {
                errors.Add(slot, "online.upload.tooLarge");
                continue;
            }
            if (total + upload.Length > store.Options.MaxDossierBytes)
            {
                errors.Add(slot, "online.upload.dossierTooLarge");
                continue;
            }
            await using var stream = upload.Open();
            var stored = await store.SaveAsync(stream, ct);
            switch (stored.Problem)
            {
                case FileStore.Problem.Type: errors.Add(slot, "online.upload.type"); continue;
                case FileStore.Problem.TooLarge: errors.Add(slot, "online.upload.tooLarge"); continue;
                case FileStore.Problem.Empty: errors.Add(slot, "online.upload.empty"); continue;
            }
            total += stored.Length;
            db.Add(new OnlineFile
            {
                OwnerUserId = userId, DraftId = draftId, DossierId = dossierId, SupplementRequestId = supplementRequestId,
                ComponentCode = upload.ComponentCode, StorageKey = stored.Key, ContentType = stored.ContentType, Length = stored.Length,
                FileName = SafeName(upload.FileName, stored.ContentType), UploadedAt = now,
            });
        }
        foreach (var (component, choice) in reuse)
        {
            if (!slots.Contains(component) || string.IsNullOrWhiteSpace(choice))
            {
                continue;
            }
            var file = await ReuseAsync(userId, choice, dossierId, ct);
            if (file is null)
            {
                errors.Add(FormErrors.Slot(component), "online.reuse.unknown");
                continue;
            }
            file.DraftId = draftId;
            file.DossierId = dossierId;
            file.SupplementRequestId = supplementRequestId;
            file.ComponentCode = component;
            file.UploadedAt = now;
            db.Add(file);
        }
        await db.SaveChangesAsync(ct);
        return errors;
    }

    /// <summary>A new file row pointing to an earlier file or result of the same citizen; null unless it is theirs.</summary>
    private async Task<OnlineFile?> ReuseAsync(string userId, string choice, long? exceptDossierId, CancellationToken ct)
    {
        if (choice.Length > 1 && long.TryParse(choice.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            if (choice[0] == 'f')
            {
                var source = await db.Set<OnlineFile>().AsNoTracking()
                    .FirstOrDefaultAsync(f => f.Id == id && f.OwnerUserId == userId && f.DossierId != null && f.DossierId != exceptDossierId && f.StorageKey != null, ct);
                return source is null ? null : new OnlineFile
                {
                    OwnerUserId = userId, ComponentCode = "", StorageKey = source.StorageKey, ContentType = source.ContentType, Length = source.Length,
                    FileName = source.FileName, ReusedFromFileId = source.ReusedFromFileId ?? source.Id,
                };
            }
            if (choice[0] == 'r')
            {
                var result = await db.Dossiers.AsNoTracking().Include(d => d.Procedure)
                    .FirstOrDefaultAsync(d => d.Id == id && d.ApplicantUserId == userId && d.Code != null
                        && (d.Status == DossierStatus.ResultReady || d.Status == DossierStatus.Returned), ct);
                return result is null ? null : new OnlineFile
                {
                    OwnerUserId = userId, ComponentCode = "", FileName = $"{result.Procedure!.ResultName} ({result.Code})",
                    ReusedResultOfDossierId = result.Id,
                };
            }
        }
        return null;
    }

    /// <summary>What the citizen may reuse: the files of their earlier dossiers and the results issued to them.</summary>
    public async Task<IReadOnlyList<ReuseChoice>> ReuseChoicesAsync(string userId, long? exceptDossierId, bool english, CancellationToken ct)
    {
        var files = await db.Set<OnlineFile>().AsNoTracking()
            .Where(f => f.OwnerUserId == userId && f.DossierId != null && f.DossierId != exceptDossierId && f.StorageKey != null && f.SentAt != null)
            .OrderByDescending(f => f.Id).Take(200)
            .Join(db.Dossiers, f => f.DossierId, d => d.Id, (f, d) => new { f.Id, f.FileName, f.StorageKey, f.ComponentCode, d.Code, DossierId = d.Id })
            .ToListAsync(ct);
        var results = await db.Dossiers.AsNoTracking()
            .Where(d => d.ApplicantUserId == userId && d.Code != null && (d.Status == DossierStatus.ResultReady || d.Status == DossierStatus.Returned))
            .OrderByDescending(d => d.Id).Take(50)
            .Select(d => new { d.Id, d.Code, d.Procedure!.ResultName, d.Procedure.ResultNameEn })
            .ToListAsync(ct);
        var choices = files.DistinctBy(f => f.StorageKey)
            .Select(f => new ReuseChoice("f" + f.Id, $"{f.FileName} · {f.Code ?? DossierReference.ForUnaccepted(f.DossierId)}"))
            .Concat(results.Select(r => new ReuseChoice("r" + r.Id, $"{(english ? r.ResultNameEn : r.ResultName)} · {r.Code}")))
            .ToList();
        return choices;
    }

    public async Task<bool> RemoveFileAsync(string userId, long fileId, long? draftId, long? dossierId, CancellationToken ct)
    {
        // Only the citizen's working copy can be removed: what was sent to the one-stop stays.
        var file = await db.Set<OnlineFile>().FirstOrDefaultAsync(f => f.Id == fileId && f.OwnerUserId == userId && f.SentAt == null
            && ((draftId != null && f.DraftId == draftId) || (dossierId != null && f.DossierId == dossierId)), ct);
        if (file is null)
        {
            return false;
        }
        db.Remove(file);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<bool> DeleteDraftAsync(string userId, long draftId, CancellationToken ct)
    {
        var draft = await FindDraftAsync(userId, draftId, ct);
        if (draft is null)
        {
            return false;
        }
        await db.Set<OnlineFile>().Where(f => f.DraftId == draftId).ExecuteDeleteAsync(ct);
        db.Remove(draft);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public sealed record Submitted(Dossier? Dossier, FormErrors Errors);

    /// <summary>
    /// Checks the draft as the counter would (fields, mandatory documents, where it may be received) and turns it into a
    /// dossier waiting for the one-stop's check: no code and no due date until the officer accepts it.
    /// </summary>
    /// <param name="stamp">Marks the dossier before it is saved (the integration API records the portal and its reference).</param>
    public async Task<Submitted> SubmitAsync(string userId, string userName, OnlineDraft draft, Procedure procedure, CancellationToken ct,
        Action<Dossier>? stamp = null)
    {
        var errors = new FormErrors();
        if (procedure.OnlineLevel == OnlineLevel.None)
        {
            errors.Add("procedure", "online.notOffered");
            return new(null, errors);
        }
        var files = await db.Set<OnlineFile>().Where(f => f.DraftId == draft.Id).ToListAsync(ct);
        var filled = files.Select(f => f.ComponentCode).ToHashSet(StringComparer.Ordinal);
        var request = new IntakeRequest(procedure.Code, nameof(Channel.Online),
            new ApplicantInput(draft.ApplicantKind, draft.FullName, draft.IdNumber, draft.Phone, draft.Email, draft.Address),
            [.. filled], draft.ReceivingPointCode, draft.CompetentAgencyCode, nameof(IntakeOutcome.Accept), null, null, draft.Notes, draft.Language);
        foreach (var (field, keys) in IntakeValidation.Check(request))
        {
            foreach (var key in keys)
            {
                errors.Add(field, key);
            }
        }
        // The counter may be told what is missing face to face; online, a dossier without its mandatory documents is not sent.
        foreach (var missing in procedure.Documents.Where(d => d.Mandatory && !filled.Contains(d.Code)))
        {
            errors.Add(FormErrors.Slot(missing.Code), "online.slot.required");
        }
        var now = clock.GetUtcNow();
        var placement = await IntakePlacement.ResolveAsync(organisation, null, procedure, request, now, ct);
        if (placement.Problem is { } problem)
        {
            errors.Add(problem.Code.StartsWith("competent", StringComparison.Ordinal) ? "competentAgency" : "receivingPoint", "error." + problem.Code);
        }
        if (errors.Count > 0)
        {
            return new(null, errors);
        }

        var reused = files.Where(f => f.IsReuse).Select(f => f.ComponentCode).ToHashSet(StringComparer.Ordinal);
        var dossier = new Dossier
        {
            ProcedureId = procedure.Id,
            Channel = Channel.Online,
            Status = DossierStatus.AwaitingOnlineCheck,
            ReceivingPointId = placement.ReceivingPoint!.Id,
            CompetentAgencyId = placement.CompetentAgency!.Id,
            ApplicantKind = Enum.TryParse<ApplicantKind>(draft.ApplicantKind, true, out var kind) ? kind : ApplicantKind.Person,
            ApplicantName = draft.FullName.Trim(),
            ApplicantIdNumber = Blank(draft.IdNumber),
            ApplicantPhone = draft.Phone is null ? null : Blank(IntakeValidation.NormalisePhone(draft.Phone)),
            ApplicantEmail = Blank(draft.Email),
            ApplicantAddress = Blank(draft.Address),
            ApplicantUserId = userId,
            ApplicantLanguage = draft.Language,
            // Until the check, "received" is when it reached the system: the queue's age counts from here.
            ReceivedAt = now,
            ClockStartedAt = now,
            Documents = procedure.Documents.Select(d => new DossierDocument
            {
                ComponentCode = d.Code, Name = d.Name, Form = d.Form, Count = d.Count, Mandatory = d.Mandatory, Reused = reused.Contains(d.Code),
            }).ToList(),
        };
        AuditChain.Append(dossier, new AuditChain.Actor(userId, userName), "online-submit", now, null, nameof(DossierStatus.AwaitingOnlineCheck),
            draft.Notes, new { files = files.Count, reused = reused.Order() });
        OutboxWriter.Add(dossier, OnlineTopics.Submitted, now);
        dossier.NotifyBy = await ChosenChannelsAsync(userId, dossier, ct);
        stamp?.Invoke(dossier);

        using var writing = await writes.EnterAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Dossiers.Add(dossier);
        await db.SaveChangesAsync(ct);
        foreach (var file in files)
        {
            file.DraftId = null;
            file.DossierId = dossier.Id;
            file.SentAt = now;
        }
        db.Remove(draft);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new(dossier, errors);
    }

    /// <summary>
    /// The notice channels the citizen chose in their saved details, as far as this dossier's contacts allow; none chosen
    /// (or none possible) falls back to the default: SMS to the phone and e-mail to the address.
    /// </summary>
    private async Task<NotifyChannels> ChosenChannelsAsync(string userId, Dossier dossier, CancellationToken ct)
    {
        var profile = await profiles.GetAsync(userId, ct);
        var wanted = profile is null ? [] : new[]
        {
            profile.NotifyBySms ? nameof(NotifyChannels.Sms) : null,
            profile.NotifyByZalo ? nameof(NotifyChannels.Zalo) : null,
            profile.NotifyByEmail ? nameof(NotifyChannels.Email) : null,
        }.OfType<string>().ToArray();
        var (chosen, error) = NotifyChannelChoice.Resolve(wanted, dossier.ApplicantPhone, dossier.ApplicantEmail);
        return error is null ? chosen : NotifyChannelChoice.Resolve(null, dossier.ApplicantPhone, dossier.ApplicantEmail).Channels;
    }

    /// <summary>The supplement request the citizen can answer now, or null.</summary>
    public static SupplementRequest? OpenRequest(Dossier d) => d.Channel != Channel.Online && d.Status != DossierStatus.AwaitingSupplement
        ? null
        : d.Status switch
        {
            DossierStatus.SupplementRequestedAtIntake when d.Channel == Channel.Online => d.SupplementRequests.Where(r => r.AtIntake && r.ReceivedAt == null).MaxBy(r => r.Id),
            DossierStatus.AwaitingSupplement => d.SupplementRequests.Where(r => !r.AtIntake && r.ReceivedAt == null).MaxBy(r => r.Id),
            _ => null,
        };

    /// <summary>
    /// Sends the files added since the request. After a supplement asked at the check, the dossier goes back to the
    /// check; during processing, the one-stop receives the supplement (the existing receive-supplement action).
    /// </summary>
    public async Task<string?> SendSupplementAsync(string userId, string userName, Dossier dossier, CancellationToken ct)
    {
        var request = OpenRequest(dossier);
        if (dossier.ApplicantUserId != userId || request is null)
        {
            return RuleCodes.TransitionNotAllowed;
        }
        var pending = await db.Set<OnlineFile>().Where(f => f.DossierId == dossier.Id && f.SentAt == null).ToListAsync(ct);
        if (pending.Count == 0)
        {
            return "online.supplement.empty";
        }
        var now = clock.GetUtcNow();
        var actor = new AuditChain.Actor(userId, userName);
        foreach (var file in pending)
        {
            file.SentAt = now;
        }
        foreach (var document in dossier.Documents.Where(d => pending.Any(f => f.IsReuse && f.ComponentCode == d.ComponentCode)))
        {
            document.Reused = true;
        }
        var from = dossier.Status;
        if (from == DossierStatus.SupplementRequestedAtIntake)
        {
            dossier.Status = OnlineCheck.Next(OnlineCheckAction.Resubmit);
            dossier.EndedAt = null;
            dossier.ReceivedAt = dossier.ClockStartedAt = now;
            request.ReceivedAt = now;
            AuditChain.Append(dossier, actor, "online-resubmit", now, from.ToString(), dossier.Status.ToString(), null, new { files = pending.Count });
            OutboxWriter.Add(dossier, OnlineTopics.Resubmitted, now);
        }
        else
        {
            AuditChain.Append(dossier, actor, "online-supplement", now, from.ToString(), from.ToString(), null, new { files = pending.Count, request = request.Id });
            OutboxWriter.Add(dossier, OnlineTopics.SupplementSent, now);
        }
        dossier.Version++;
        using var writing = await writes.EnterAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Infrastructure.ErrorCodes.ConcurrencyConflict;
        }
        return null;
    }

    /// <summary>The receiving points a citizen may choose for this procedure today, and the communes when it is a commune's.</summary>
    public async Task<(IReadOnlyList<Agency> Points, IReadOnlyList<Agency> Communes)> PlacesAsync(Procedure procedure, CancellationToken ct)
    {
        var tree = await organisation.GetAsync(ct);
        var today = VietnamTime.LocalDate(clock.GetUtcNow());
        var open = tree.All.Where(a => a.IsReceptionPoint && a.IsEffectiveOn(today)).OrderBy(a => a.Kind).ThenBy(a => a.Code, StringComparer.Ordinal).ToList();
        var communes = open.Where(a => a.Kind == AgencyKind.Commune).ToList();
        var points = procedure.Level == AgencyLevel.Province && !procedure.BoundaryFree
            ? open.Where(a => a.Kind is AgencyKind.ProvincialCenter or AgencyKind.Branch).ToList()
            : open;
        return (points, communes);
    }

    private static string? Clip(string? s, int max) => string.IsNullOrWhiteSpace(s) ? null : s.Trim() is var t && t.Length > max ? t[..max] : s.Trim();

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>The name shown for a file: its last segment, printable characters only, with the extension of its real type.</summary>
    public static string SafeName(string? name, string contentType)
    {
        var last = Path.GetFileNameWithoutExtension((name ?? "").Replace('\\', '/').Split('/')[^1]);
        var clean = new string(last.Where(c => !char.IsControl(c) && c is not ('"' or '<' or '>' or '|' or ':' or '*' or '?')).ToArray()).Trim();
        if (clean.Length == 0) clean = "tep";
        if (clean.Length > 150) clean = clean[..150];
        return clean + ContentSniffer.Extension(contentType);
    }
}
