using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;
using MotCua.Web.Features.Audit;
using MotCua.Web.Features.Auth;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Features.Catalogue;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Features.Outbox;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// Reception of a dossier, for the API and the counter page alike: validate → resolve where it is received and who is
/// competent → in one transaction allocate the code, copy the internal process with its due times, append the first
/// audit entry and the outbox message → the receipt. A retry with the same idempotency key gets the first answer again.
/// </summary>
public sealed class IntakeService(MotCuaDb db, StaffScope scope, CalendarService calendars, ProcedureCache procedures,
    OrganisationCache organisation, WriteGate writes, TimeProvider clock, IHttpContextAccessor http)
{
    /// <summary>The first answer to an earlier request with the same key: its status, JSON body and location.</summary>
    public sealed record Replay(int Status, string Body, string? Location)
    {
        public string? Reference => JsonDocument.Parse(Body).RootElement.TryGetProperty("reference", out var r) ? r.GetString() : null;
    }

    public sealed record Outcome(Dossier? Dossier, DossierViews.ReceiptView? Receipt, Replay? Replayed, CommandFailure? Failure);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static Outcome Failed(CommandFailure failure) => new(null, null, null, failure);

    public Task<Outcome> ReceiveAsync(IntakeRequest request, string? idempotencyKey, CancellationToken ct) =>
        ReceiveAsync(request, idempotencyKey, null, ct);

    /// <summary>
    /// Decree 61 Art. 17(2): the one-stop checks a dossier submitted online with the three outcomes and the rules of the
    /// counter (code and due date from the acceptance, everything missing asked at once). The dossier exists since its
    /// submission: <paramref name="submitted"/> is tracked, with its documents and supplement requests.
    /// </summary>
    public Task<Outcome> CheckOnlineAsync(Dossier submitted, IntakeRequest request, string? idempotencyKey, CancellationToken ct) =>
        ReceiveAsync(request, idempotencyKey, submitted, ct);

    private async Task<Outcome> ReceiveAsync(IntakeRequest request, string? idempotencyKey, Dossier? submitted, CancellationToken ct)
    {
        idempotencyKey ??= "";
        var errors = IntakeValidation.Check(request);
        if (errors.Count > 0)
        {
            return Failed(CommandFailure.Validation(errors));
        }
        var staff = await scope.LoadAsync(ct);
        if (staff is null)
        {
            return Failed(new(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated));
        }
        var requestHash = "";
        if (idempotencyKey.Length > 0)
        {
            requestHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request, Json))));
            if (idempotencyKey.Length > 200)
            {
                return Failed(CommandFailure.Validation(new Dictionary<string, string[]> { ["Idempotency-Key"] = ["field.tooLong"] }));
            }
            var replay = await ReplayAsync(staff.UserId, idempotencyKey, requestHash, ct);
            if (replay is not null)
            {
                return replay;
            }
        }

        var procedure = await procedures.FindAsync(request.ProcedureCode!.Trim(), ct);
        if (procedure is null)
        {
            return Failed(new(StatusCodes.Status422UnprocessableEntity, ErrorCodes.ProcedureNotFound));
        }
        var now = clock.GetUtcNow();
        var placement = await IntakePlacement.ResolveAsync(organisation, staff, procedure, request, now, ct);
        if (placement.Problem is { } placementProblem)
        {
            return Failed(new(placementProblem.Status, placementProblem.Code));
        }

        var outcome = Enum.TryParse<IntakeOutcome>(request.Outcome, true, out var o) ? o : IntakeOutcome.Accept;
        if (submitted is not null && (submitted.Channel != Channel.Online || submitted.ProcedureId != procedure.Id
            || OnlineCheck.Check(submitted.Status, outcome switch
            {
                IntakeOutcome.Accept => OnlineCheckAction.Accept,
                IntakeOutcome.RequestSupplement => OnlineCheckAction.RequestSupplement,
                IntakeOutcome.Refuse => OnlineCheckAction.Refuse,
            }) is not null))
        {
            return Failed(new(StatusCodes.Status409Conflict, RuleCodes.TransitionNotAllowed));
        }
        var received = (request.ReceivedComponents ?? []).Select(c => c.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = received.Where(c => procedure.Documents.All(d => !d.Code.Equals(c, StringComparison.OrdinalIgnoreCase))).ToList();
        if (unknown.Count > 0)
        {
            return Failed(CommandFailure.Validation(new Dictionary<string, string[]> { ["receivedComponents"] = ["unknown-component"] }));
        }
        var missingMandatory = procedure.Documents.Where(d => d.Mandatory && !received.Contains(d.Code)).ToList();
        if (outcome == IntakeOutcome.Accept && missingMandatory.Count > 0)
        {
            // Art. 15: an incomplete dossier is not accepted; the officer asks for everything missing at once.
            return Failed(new(StatusCodes.Status422UnprocessableEntity, "mandatory-components-missing",
                Extra: new Dictionary<string, object?> { ["missing"] = missingMandatory.Select(d => d.Code).ToArray() }));
        }
        if (outcome == IntakeOutcome.RequestSupplement && missingMandatory.Count == 0 && (request.MissingItems ?? []).All(string.IsNullOrWhiteSpace))
        {
            return Failed(CommandFailure.Validation(new Dictionary<string, string[]> { ["missingItems"] = ["field.missingItemsRequired"] }));
        }

        var calendar = await calendars.CurrentAsync(ct);
        var a = request.Applicant!;
        var fromStatus = submitted?.Status.ToString();
        var dossier = submitted ?? new Dossier
        {
            ProcedureId = procedure.Id,
            Channel = Enum.TryParse<Channel>(request.Channel, true, out var channel) ? channel : Channel.Counter,
            ReceivingPointId = placement.ReceivingPoint!.Id,
            CompetentAgencyId = placement.CompetentAgency!.Id,
            ApplicantKind = Enum.TryParse<ApplicantKind>(a.Kind, true, out var kind) ? kind : ApplicantKind.Person,
            ApplicantName = a.FullName!.Trim(),
            ApplicantIdNumber = Trimmed(a.IdNumber),
            ApplicantPhone = a.Phone is null ? null : Trimmed(IntakeValidation.NormalisePhone(a.Phone)),
            ApplicantEmail = Trimmed(a.Email),
            ApplicantAddress = Trimmed(a.Address),
            ApplicantLanguage = request.Language ?? "vi",
            NotifyBy = NotifyChannelChoice.Resolve(request.NotifyBy, request.Applicant!.Phone, request.Applicant.Email).Channels,
            ReceivedAt = now,
            ClockStartedAt = now,
            ReceivedById = staff.UserId,
            Documents = procedure.Documents.Select(d => new DossierDocument
            {
                ComponentCode = d.Code, Name = d.Name, Form = d.Form, Count = d.Count, Mandatory = d.Mandatory, Received = received.Contains(d.Code),
            }).ToList(),
        };
        if (submitted is not null)
        {
            // An online dossier is received when the officer accepts (or turns down) it, not when it was sent.
            foreach (var document in dossier.Documents)
            {
                document.Received = received.Contains(document.ComponentCode);
            }
            dossier.ReceivedAt = dossier.ClockStartedAt = now;
            dossier.ReceivedById = staff.UserId;
            dossier.Version++;
        }
        var actor = new AuditChain.Actor(staff.UserId, staff.FullName);

        // Any failure rolls the whole intake back, so EF's automatic savepoint around each SaveChanges would only add
        // two round trips (SAVEPOINT, RELEASE) to every intake.
        db.Database.AutoSavepointsEnabled = false;
        using var writing = await writes.EnterAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            switch (outcome)
            {
                case IntakeOutcome.Accept:
                    dossier.Status = DossierStatus.Accepted;
                    dossier.Code = await DossierCodes.NextAsync(db, placement.ReceivingPoint!.Code, now, ct);
                    dossier.Steps = ProcessPlan.Create(procedure, dossier.ReceivingPointId, dossier.CompetentAgencyId, placement.AgencyIds, now, calendar);
                    dossier.Steps[0].StartedById = staff.UserId;
                    dossier.ProcessingTime = procedure.ProcessingTime;
                    dossier.DueAt = dossier.OriginalDueAt = calendar.DueDate(now, dossier.ProcessingTime);
                    dossier.TransferDeadline = dossier.Steps[0].DueAt;
                    AuditChain.Append(dossier, actor, "intake", now, fromStatus, nameof(DossierStatus.Accepted), request.Note,
                        new { received = received.Order(), dueAt = dossier.DueAt });
                    OutboxWriter.Add(dossier, OutboxTopics.DossierReceived, now);
                    break;
                case IntakeOutcome.RequestSupplement:
                    dossier.Status = DossierStatus.SupplementRequestedAtIntake;
                    dossier.EndedAt = now;
                    var items = missingMandatory.Select(d => d.Name).Concat((request.MissingItems ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim())).ToList();
                    dossier.SupplementRequests.Add(new SupplementRequest
                    {
                        AtIntake = true, RequestedAt = now, RequestedById = staff.UserId,
                        Items = string.Join('\n', items), Reason = request.Note?.Trim() ?? "",
                    });
                    AuditChain.Append(dossier, actor, "intake-supplement", now, fromStatus, dossier.Status.ToString(), request.Note, new { items });
                    OutboxWriter.Add(dossier, OutboxTopics.SupplementRequired, now);
                    break;
                case IntakeOutcome.Refuse:
                    dossier.Status = DossierStatus.RefusedAtIntake;
                    dossier.EndedAt = now;
                    dossier.EndReasons = string.Join('\n', request.Reasons!.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()));
                    AuditChain.Append(dossier, actor, "intake-refuse", now, fromStatus, dossier.Status.ToString(), request.Note, new { reasons = dossier.EndReasons });
                    OutboxWriter.Add(dossier, OutboxTopics.Refused, now);
                    break;
            }
            if (submitted is null)
            {
                db.Dossiers.Add(dossier);
            }
            await db.SaveChangesAsync(ct);

            var view = DossierViews.Receipt(dossier, procedure, placement.ReceivingPoint!, http.HttpContext!);
            var location = $"/api/v1/dossiers/{Uri.EscapeDataString(dossier.Reference)}";
            if (idempotencyKey.Length > 0)
            {
                db.IdempotencyRecords.Add(new IdempotencyRecord
                {
                    Key = idempotencyKey, UserId = staff.UserId, RequestHash = requestHash, StatusCode = StatusCodes.Status201Created,
                    ResponseBody = JsonSerializer.Serialize(view, Json), Location = location, CreatedAt = now,
                });
                await db.SaveChangesAsync(ct);
            }
            await tx.CommitAsync(ct);
            return new(dossier, view, null, null);
        }
        catch (DailyCodeLimitReachedException)
        {
            await tx.RollbackAsync(ct);
            return Failed(new(StatusCodes.Status409Conflict, ErrorCodes.DailyCodeLimit));
        }
        catch (DbUpdateConcurrencyException) when (submitted is not null)
        {
            // Two officers checked the same online dossier at once: the other one decided it.
            await tx.RollbackAsync(ct);
            return Failed(new(StatusCodes.Status409Conflict, ErrorCodes.ConcurrencyConflict));
        }
        catch (DbUpdateException) when (idempotencyKey.Length > 0)
        {
            // The same key raced with itself: the other request won; answer what it answered.
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return await ReplayAsync(staff.UserId, idempotencyKey, requestHash, ct) ?? throw new InvalidOperationException("Idempotency record vanished.");
        }
    }

    private async Task<Outcome?> ReplayAsync(string userId, string key, string requestHash, CancellationToken ct)
    {
        var record = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.UserId == userId && r.Key == key, ct);
        if (record is null)
        {
            return null;
        }
        return record.RequestHash != requestHash
            ? Failed(new(StatusCodes.Status422UnprocessableEntity, ErrorCodes.IdempotencyKeyReused))
            : new(null, null, new Replay(record.StatusCode, record.ResponseBody, record.Location), null);
    }

    private static string? Trimmed(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
