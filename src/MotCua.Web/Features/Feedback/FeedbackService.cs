using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain;
using MotCua.Web.Data;
using MotCua.Web.Features.Auth;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Features.Outbox;

namespace MotCua.Web.Features.Feedback;

/// <summary>Receiving and handling feedback (PAKN): every step checked, timed against its deadline and appended to the history.</summary>
public sealed class FeedbackService(MotCuaDb db, TimeProvider clock, CalendarService calendars, FeedbackDeadlines deadlines)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public sealed record Submitted(FeedbackCase? Case, IReadOnlyDictionary<string, string> Errors);

    /// <summary>What a staff step carries: the text (reason, question, answer…), the agency, the classification.</summary>
    public sealed class StepInput
    {
        public string? Text { get; set; }
        public int? AgencyId { get; set; }
        public FeedbackKind? Kind { get; set; }
        public FeedbackSubject? Subject { get; set; }
        public string? PublicContent { get; set; }
    }

    public async Task<Submitted> SubmitAsync(FeedbackSubmission input, FeedbackChannel channel, string language, string? recordedById, CancellationToken ct = default)
    {
        var errors = input.Validate();
        int? procedureId = null;
        if (!string.IsNullOrWhiteSpace(input.ProcedureCode))
        {
            var code = input.ProcedureCode.Trim();
            procedureId = await db.Procedures.Where(p => p.Code == code).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
            if (procedureId is null) errors["ProcedureCode"] = "field.procedureUnknown";
        }
        if (errors.Count > 0)
        {
            return new(null, errors);
        }
        var now = clock.GetUtcNow();
        var calendar = await calendars.CurrentAsync(ct);
        var agencyId = procedureId is null ? null : await db.Procedures.Where(p => p.Id == procedureId).Select(p => (int?)p.CompetentAgencyId).FirstOrDefaultAsync(ct);
        var f = new FeedbackCase
        {
            TrackingCode = NewTrackingCode(now),
            Channel = channel,
            Kind = input.Kind,
            Subject = input.Subject,
            ProcedureId = procedureId,
            DossierCode = string.IsNullOrWhiteSpace(input.DossierCode) ? null : input.DossierCode.Trim(),
            // A procedure names its competent agency: a first guess the intake confirms or changes when classifying.
            AgencyId = agencyId,
            Title = input.Title!.Trim(),
            Content = input.Content!.Trim(),
            SenderName = input.Name!.Trim(),
            SenderPhone = input.NormalisedPhone,
            SenderEmail = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim(),
            SenderLanguage = language == "en" ? "en" : "vi",
            ConsentAt = now,
            RecordedById = recordedById,
            Status = FeedbackStatus.Received,
            ReceivedAt = now,
        };
        FeedbackClock.Start(f, now, calendar, deadlines.For(VietnamTime.LocalDate(now)));
        f.History.Add(new FeedbackEvent { Sequence = 1, At = now, Action = "received", ActorId = recordedById });
        db.Add(f);
        await db.SaveChangesAsync(ct);
        return new(f, errors);
    }

    /// <summary>The sender's own look-up: the code and the last 4 digits of the phone, or the email given. Unknown and wrong answer alike.</summary>
    public async Task<FeedbackCase?> TrackAsync(string? code, string? verify, CancellationToken ct = default)
    {
        code = code?.Trim().ToUpperInvariant();
        verify = verify?.Trim();
        if (string.IsNullOrEmpty(code) || string.IsNullOrEmpty(verify) || verify.Length > 254)
        {
            return null;
        }
        var found = await db.Set<FeedbackCase>().AsNoTracking().FirstOrDefaultAsync(f => f.TrackingCode == code, ct);
        if (found is null) return null;
        var byPhone = verify.Length == 4 && verify.All(char.IsAsciiDigit) && found.SenderPhone is { } phone && phone.EndsWith(verify, StringComparison.Ordinal);
        var byEmail = verify.Contains('@') && string.Equals(found.SenderEmail, verify, StringComparison.OrdinalIgnoreCase);
        return byPhone || byEmail ? found : null;
    }

    public Task<FeedbackCase?> LoadAsync(long id, CancellationToken ct = default) =>
        db.Set<FeedbackCase>().Include(f => f.History.OrderBy(h => h.Sequence)).FirstOrDefaultAsync(f => f.Id == id, ct);

    /// <summary>Takes one staff step; returns null when done, else a FeedbackErrors code (or "field.*" for the text).</summary>
    public async Task<string?> ActAsync(long id, FeedbackStep step, StepInput input, StaffScope.Loaded staff, CancellationToken ct = default)
    {
        var f = await db.Set<FeedbackCase>().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (f is null || !FeedbackAccess.CanSee(staff, f)) return FeedbackErrors.NotFound;
        if (!FeedbackAccess.Allows(staff, f, step)) return FeedbackErrors.NotYourAgency;
        if (!FeedbackSteps.AllowedIn(step, f)) return FeedbackErrors.NotAllowedNow;
        var text = string.IsNullOrWhiteSpace(input.Text) ? null : input.Text.Trim();
        if (text is { Length: > FeedbackCase.ContentMaxLength }) return "field.tooLong";
        var now = clock.GetUtcNow();
        var calendar = await calendars.CurrentAsync(ct);
        var late = false;
        string? note = text;
        switch (step)
        {
            case FeedbackStep.Classify:
                if (input.AgencyId is not { } agency || !await db.Agencies.AnyAsync(a => a.Id == agency, ct)) return FeedbackErrors.AgencyRequired;
                f.Kind = input.Kind ?? f.Kind;
                f.Subject = input.Subject ?? f.Subject;
                f.AgencyId = agency;
                f.ClassifiedAt = now;
                late = f.Status == FeedbackStatus.Received && now > f.RefuseDueAt;
                f.Status = FeedbackStatus.InProgress;
                note = await AgencyName(agency, ct) + (text is null ? "" : " · " + text);
                break;
            case FeedbackStep.Transfer:
                if (input.AgencyId is not { } to || to == f.AgencyId || !await db.Agencies.AnyAsync(a => a.Id == to, ct)) return FeedbackErrors.AgencyRequired;
                f.AgencyId = to;
                f.Status = FeedbackStatus.InProgress;
                // The competent agency's own limits run from the transfer.
                FeedbackClock.Start(f, now, calendar, deadlines.For(VietnamTime.LocalDate(now)));
                note = await AgencyName(to, ct) + (text is null ? "" : " · " + text);
                break;
            case FeedbackStep.Refuse:
                if (text is null) return "field.required";
                late = now > f.RefuseDueAt;
                f.Status = FeedbackStatus.Refused;
                f.RefusedAt = now;
                f.RefusalReason = text;
                break;
            case FeedbackStep.RequestInformation:
                if (text is null) return "field.required";
                late = now > f.AskInformationDueAt;
                f.Status = FeedbackStatus.AwaitingInformation;
                f.InformationRequestedAt = now;
                f.InformationQuestion = text;
                break;
            case FeedbackStep.ReceiveInformation:
                if (text is null) return "field.required";
                f.Status = FeedbackStatus.InProgress;
                // As with a dossier's supplement, the time to resolve starts again once the sender has answered.
                FeedbackClock.Start(f, now, calendar, deadlines.For(VietnamTime.LocalDate(now)));
                break;
            case FeedbackStep.Answer:
                if (text is null) return "field.required";
                late = now > f.ResolveDueAt;
                f.Status = FeedbackStatus.Answered;
                f.AnsweredAt = now;
                f.AnsweredById = staff.UserId;
                f.Answer = text;
                f.PublishDueAt = calendar.AddWorkingDays(now, deadlines.For(VietnamTime.LocalDate(now)).PublishDays);
                break;
            case FeedbackStep.Publish:
                late = f.PublishDueAt is { } due && now > due;
                f.Status = FeedbackStatus.Published;
                f.PublishedAt = now;
                var question = string.IsNullOrWhiteSpace(input.PublicContent) ? f.Content : input.PublicContent.Trim();
                f.PublicTitle = Scrub(f, f.Title);
                f.PublicContent = Scrub(f, question);
                f.PublicAnswer = Scrub(f, f.Answer!);
                note = null;
                db.OutboxMessages.Add(new OutboxMessage
                {
                    Topic = FeedbackTopics.Answered,
                    CreatedAt = now,
                    NextAttemptAt = now,
                    Payload = JsonSerializer.Serialize(new
                    {
                        trackingCode = f.TrackingCode,
                        feedbackId = f.Id,
                        name = f.SenderName,
                        phone = f.SenderPhone,
                        email = f.SenderEmail,
                        language = f.SenderLanguage,
                        url = "/phan-anh-kien-nghi/da-tra-loi/" + f.TrackingCode,
                    }, Json),
                });
                break;
        }
        f.Version++;
        var sequence = await db.Set<FeedbackEvent>().CountAsync(e => e.FeedbackCaseId == f.Id, ct) + 1;
        db.Add(new FeedbackEvent
        {
            FeedbackCaseId = f.Id, Sequence = sequence, At = now, Action = StepName(step), ActorId = staff.UserId,
            ActorName = staff.FullName, Note = note, Late = late,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return FeedbackErrors.Conflict;
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            return FeedbackErrors.Conflict;
        }
        return null;
    }

    public static string StepName(FeedbackStep step) => step switch
    {
        FeedbackStep.Classify => "classified",
        FeedbackStep.Transfer => "transferred",
        FeedbackStep.Refuse => "refused",
        FeedbackStep.RequestInformation => "information-requested",
        FeedbackStep.ReceiveInformation => "information-received",
        FeedbackStep.Answer => "answered",
        FeedbackStep.Publish => "published",
    };

    /// <summary>The published text: the sender's details and any phone, email or ID number typed in, removed.</summary>
    public static string Scrub(FeedbackCase f, string text) =>
        PersonalDataScrubber.Scrub(text, f.SenderName, f.SenderPhone, f.SenderEmail);

    private async Task<string> AgencyName(int id, CancellationToken ct) =>
        await db.Agencies.Where(a => a.Id == id).Select(a => a.Name).FirstOrDefaultAsync(ct) ?? "";

    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    /// <summary>PA-YYMMDD-XXXXXX: the day helps the sender and the staff; the random part cannot be guessed from another's code.</summary>
    private static string NewTrackingCode(DateTimeOffset now)
    {
        Span<char> tail = stackalloc char[6];
        for (var i = 0; i < tail.Length; i++) tail[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return "PA-" + VietnamTime.LocalDate(now).ToString("yyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "-" + new string(tail);
    }
}
