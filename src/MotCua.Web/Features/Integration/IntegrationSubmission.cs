using System.Buffers.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MotCua.Domain;
using MotCua.Web.Data;
using MotCua.Web.Features.Catalogue;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.OnlineSubmission;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Integration;

/// <summary>
/// A dossier submitted on the national portal (the only online entry point since July 2025) handed to the province: it
/// takes the citizen's path — the same checks of fields, documents (PDF, JPEG, PNG by content) and placement — and waits
/// for the one-stop's online check like any online dossier. The receipt (code and due date) exists from the officer's
/// acceptance and reaches the portal by the signed status webhook; this call answers the reference to follow.
/// </summary>
public static class IntegrationSubmission
{
    public const int MaxDocuments = 30;

    public sealed record Applicant(string? Kind, string? FullName, string? IdNumber, string? Phone, string? Email, string? Address);

    public sealed record Document(string? ComponentCode, string? FileName, string? ContentBase64);

    public sealed record Request(string? ExternalId, string? ProcedureCode, string? ReceivingPointCode, string? CompetentAgencyCode,
        string? Language, Applicant? Applicant, bool IdentityVerified, string? Notes, Document[]? Documents, string[]? NotifyBy = null);

    public sealed record Accepted(string ExternalId, string Reference, string Status, DateTimeOffset SubmittedAt, string? Code, DateTimeOffset? DueAt);

    public static void MapIntegrationSubmission(this RouteGroupBuilder group) =>
        group.MapPost("/dossiers", Submit).WithSummary("Submit an online dossier with its files and the applicant's verified identity.");

    private static async Task<IResult> Submit(Request body, HttpContext http, MotCuaDb db, ProcedureCache procedures, OnlineSubmissions online,
        IOptions<IntegrationOptions> options, IOptions<StorageOptions> storage, Problems problems, IStringLocalizer<OnlineText> onlineText,
        IStringLocalizer<Messages> messages, CancellationToken ct)
    {
        var client = (string)http.Items[IntegrationAuth.ClientItem]!;
        var errors = Check(body, storage.Value);
        if (errors.Count > 0)
        {
            return problems.Validation(errors);
        }
        if (await FindAsync(db, client, body.ExternalId!, ct) is { } earlier)
        {
            return TypedResults.Ok(earlier);
        }
        if (await procedures.FindAsync(body.ProcedureCode!, ct) is not { } procedure)
        {
            return problems.NotFound(ErrorCodes.ProcedureNotFound);
        }
        // The portal's applicant is not a MotCua account: the draft and its files belong to the client system.
        var owner = "integration:" + client;
        var a = body.Applicant!;
        var draft = await online.SaveDraftAsync(owner, procedure, null,
            new DraftFields(a.Kind, a.FullName, a.IdNumber, a.Phone, a.Email, a.Address, body.Notes, body.ReceivingPointCode, body.CompetentAgencyCode, body.Language), ct);
        var uploads = body.Documents!.Select(d =>
        {
            var bytes = Convert.FromBase64String(d.ContentBase64!);
            return new SlotUpload(d.ComponentCode!, d.FileName ?? d.ComponentCode!, bytes.Length, () => new MemoryStream(bytes, writable: false));
        }).ToList();
        var refused = await online.AttachAsync(owner, procedure, draft.Id, null, null, uploads, new Dictionary<string, string>(), ct);
        var submitted = refused.Count > 0 ? null : await TrySubmitAsync(online, owner, options.Value.Clients[client].Name ?? client, draft, procedure, client, body, ct);
        if (submitted?.Dossier is null)
        {
            // Nothing of a refused submission is kept (its files' rows go with the draft); forget what this request tracked.
            db.ChangeTracker.Clear();
            await online.DeleteDraftAsync(owner, draft.Id, ct);
            if (submitted is null && refused.Count == 0)
            {
                // The same submission won a race on another node: answer what it made.
                return await FindAsync(db, client, body.ExternalId!, ct) is { } raced ? TypedResults.Ok(raced) : problems.Conflict(ErrorCodes.ConcurrencyConflict);
            }
            var all = refused.Count > 0 ? refused : submitted!.Errors;
            return problems.Rule(StatusCodes.Status400BadRequest, ErrorCodes.ValidationFailed, extra: new Dictionary<string, object?>
            {
                ["errors"] = all.Keys.ToDictionary(k => k.Replace("slot.", "documents.", StringComparison.Ordinal),
                    k => all.Of(k).Select(m => (m.StartsWith("online.", StringComparison.Ordinal) ? onlineText[m] : messages[m]).Value).ToArray()),
            });
        }
        var d = submitted.Dossier;
        return TypedResults.Created($"/api/v1/integration/dossiers/{Uri.EscapeDataString(d.Reference)}",
            new Accepted(body.ExternalId!, d.Reference, d.Status.ToString(), VietnamTime.ToLocal(d.ReceivedAt), d.Code, DossierViews.Local(d.DueAt)));
    }

    private static async Task<OnlineSubmissions.Submitted?> TrySubmitAsync(OnlineSubmissions online, string owner, string clientName, OnlineDraft draft,
        Procedure procedure, string client, Request body, CancellationToken ct)
    {
        try
        {
            return await online.SubmitAsync(owner, clientName, draft, procedure, ct, d =>
            {
                d.ApplicantUserId = null;
                d.ExternalSource = client;
                d.ExternalId = body.ExternalId;
                d.NotifyBy = NotifyChannelChoice.Resolve(body.NotifyBy, d.ApplicantPhone, d.ApplicantEmail).Channels;
                // Identity verified by the portal (VNeID): recorded in the audit note of the submission.
            });
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            return null;
        }
    }

    private static async Task<Accepted?> FindAsync(MotCuaDb db, string client, string externalId, CancellationToken ct)
    {
        var d = await db.Dossiers.AsNoTracking().Where(d => d.ExternalSource == client && d.ExternalId == externalId)
            .Select(d => new { d.Id, d.Code, d.Status, d.ReceivedAt, d.DueAt }).FirstOrDefaultAsync(ct);
        return d is null ? null
            : new Accepted(externalId, d.Code ?? DossierReference.ForUnaccepted(d.Id), d.Status.ToString(), VietnamTime.ToLocal(d.ReceivedAt), d.Code,
                DossierViews.Local(d.DueAt));
    }

    private static Dictionary<string, string[]> Check(Request body, StorageOptions storage)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(body.ExternalId) || body.ExternalId.Length > 64) errors["externalId"] = ["field.required"];
        if (string.IsNullOrWhiteSpace(body.ProcedureCode)) errors["procedureCode"] = ["field.required"];
        if (body.Applicant is null) errors["applicant"] = ["field.required"];
        if (!body.IdentityVerified) errors["identityVerified"] = ["field.identityNotVerified"];
        if (body.Documents is not { Length: > 0 and <= MaxDocuments }) errors["documents"] = ["field.required"];
        if (body.Applicant is { } a && NotifyChannelChoice.Resolve(body.NotifyBy, a.Phone, a.Email).ErrorKey is { } notify) errors["notifyBy"] = [notify];
        for (var i = 0; i < (body.Documents?.Length ?? 0); i++)
        {
            var doc = body.Documents![i];
            if (string.IsNullOrWhiteSpace(doc.ComponentCode) || string.IsNullOrEmpty(doc.ContentBase64) || !Base64.IsValid(doc.ContentBase64))
            {
                errors[$"documents[{i}]"] = ["field.documentContent"];
            }
            else if ((long)doc.ContentBase64.Length * 3 / 4 > storage.MaxFileBytes + 3)
            {
                errors[$"documents[{i}]"] = ["field.documentTooLarge"];
            }
        }
        return errors;
    }
}
