using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Ratings;

/// <summary>
/// Rating a dossier once its result is returned: online (code + last 4 phone digits, or the owner signed in) and on
/// the counter tablet (only the dossier just served at that counter).
/// </summary>
public sealed class RatingService(MotCuaDb db, TimeProvider clock, IOptions<RatingOptions> options)
{
    private TimeSpan KioskWindow => TimeSpan.FromMinutes(options.Value.KioskWindowMinutes);

    /// <summary>The same proof as the public lookup; an unknown code and wrong digits both give null.</summary>
    public Task<RatingTarget?> FindByVerifierAsync(string? code, string? verify, bool english, CancellationToken ct = default)
    {
        code = code?.Trim();
        verify = verify?.Trim();
        if (string.IsNullOrEmpty(code) || verify is not { Length: 4 } || !verify.All(char.IsAsciiDigit))
        {
            return Task.FromResult<RatingTarget?>(null);
        }
        return Target(db.Dossiers.Where(d => d.Code == code && d.ApplicantPhone != null && d.ApplicantPhone.EndsWith(verify)), english, ct);
    }

    /// <summary>A dossier of the signed-in citizen (Dossier.ApplicantUserId); someone else's answers as unknown.</summary>
    public Task<RatingTarget?> FindOwnedAsync(string? code, string userId, bool english, CancellationToken ct = default)
    {
        code = code?.Trim();
        return string.IsNullOrEmpty(code)
            ? Task.FromResult<RatingTarget?>(null)
            : Target(db.Dossiers.Where(d => d.Code == code && d.ApplicantUserId == userId), english, ct);
    }

    private async Task<RatingTarget?> Target(IQueryable<Dossier> found, bool english, CancellationToken ct)
    {
        var row = await found.AsNoTracking()
            .Select(d => new { d.Id, d.Code, Name = english ? d.Procedure!.NameEn : d.Procedure!.Name, d.Status, Rated = db.Set<Rating>().Any(r => r.DossierId == d.Id) })
            .FirstOrDefaultAsync(ct);
        return row is null ? null : new RatingTarget(row.Id, row.Code!, row.Name, row.Status, row.Rated);
    }

    /// <summary>Stores the rating of an online applicant for a dossier already found by its proof.</summary>
    public Task<RatingOutcome> RateOnlineAsync(long dossierId, RatingInput input, CancellationToken ct = default) =>
        RateAsync(dossierId, input, RatingChannel.Online, ct);

    /// <summary>
    /// Stores a rating from a counter's tablet. The server checks again that the dossier was just served at that
    /// counter: a page kept open, or a hand-made post, cannot rate any other dossier.
    /// </summary>
    public async Task<RatingOutcome> RateAtKioskAsync(int counterId, string? code, RatingInput input, CancellationToken ct = default)
    {
        var served = await ServedAtAsync(counterId, ct: ct);
        var match = served.FirstOrDefault(s => s.Code == code?.Trim());
        return match is null
            ? RatingOutcome.Fail(RatingErrors.NotServedHere)
            : await RateAsync(match.DossierId, input, RatingChannel.Kiosk, ct);
    }

    private async Task<RatingOutcome> RateAsync(long dossierId, RatingInput input, RatingChannel channel, CancellationToken ct)
    {
        if (input.Level is not { } level || !Enum.IsDefined(level))
        {
            return RatingOutcome.Fail(RatingErrors.LevelRequired);
        }
        var comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim();
        if (comment is { Length: > Rating.CommentMaxLength })
        {
            return RatingOutcome.Fail(RatingErrors.CommentTooLong);
        }
        var dossier = await db.Dossiers.AsNoTracking().Where(d => d.Id == dossierId)
            .Select(d => new
            {
                d.Status,
                d.ReceivedById,
                d.CompetentAgencyId,
                Returner = d.Steps.OrderByDescending(s => s.Index).Select(s => s.CompletedById).FirstOrDefault(),
                Rated = db.Set<Rating>().Any(r => r.DossierId == d.Id),
            }).FirstOrDefaultAsync(ct);
        if (dossier is null)
        {
            return RatingOutcome.Fail(RatingErrors.NotFound);
        }
        // Satisfaction is asked about the whole service, so only once the result is in the applicant's hands.
        if (dossier.Status != DossierStatus.Returned)
        {
            return RatingOutcome.Fail(RatingErrors.NotReturned);
        }
        if (dossier.Rated)
        {
            return RatingOutcome.Fail(RatingErrors.AlreadyRated);
        }
        var officer = dossier.Returner ?? (dossier.ReceivedById.Length > 0 ? dossier.ReceivedById : null);
        int? counter = officer is null ? null : await db.Users.Where(u => u.Id == officer).Select(u => u.CounterId).FirstOrDefaultAsync(ct);
        var rating = new Rating
        {
            DossierId = dossierId,
            Level = level,
            Attitude = RatingInput.Criterion(input.Attitude),
            Timeliness = RatingInput.Criterion(input.Timeliness),
            Convenience = RatingInput.Criterion(input.Convenience),
            Comment = comment,
            Channel = channel,
            OfficerId = officer,
            CounterId = counter,
            AgencyId = dossier.CompetentAgencyId,
            RatedAt = clock.GetUtcNow(),
        };
        db.Add(rating);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            // Two posts at once: both passed the check above, the unique index let one in.
            db.Entry(rating).State = EntityState.Detached;
            return RatingOutcome.Fail(RatingErrors.AlreadyRated);
        }
        return new(rating, null);
    }

    /// <summary>A dossier served at a counter: returned there, or received there, by an officer of that counter.</summary>
    public sealed record Served(long DossierId, string Code, string ProcedureName, DossierStatus Status, DateTimeOffset At, string OfficerId, bool Rated);

    /// <summary>
    /// Dossiers served at the counter within the kiosk window, the most recent first. "Served" is the counter's own act:
    /// a result handed over at the counter, or a dossier received there.
    /// </summary>
    public async Task<IReadOnlyList<Served>> ServedAtAsync(int counterId, bool english = false, CancellationToken ct = default)
    {
        var officers = await db.Users.Where(u => u.CounterId == counterId).Select(u => u.Id).ToListAsync(ct);
        if (officers.Count == 0)
        {
            return [];
        }
        var now = clock.GetUtcNow();
        var since = now - KioskWindow;
        var recent = db.Dossiers.AsNoTracking().Where(d => d.Code != null);
        var returned = await recent
            .Where(d => d.Status == DossierStatus.Returned && d.ReturnMethod == ReturnMethod.Counter && d.ReturnedAt >= since && d.ReturnedAt <= now)
            .Select(d => new
            {
                d.Id, d.Code, Name = english ? d.Procedure!.NameEn : d.Procedure!.Name, d.Status, d.ReturnedAt,
                Officer = d.Steps.OrderByDescending(s => s.Index).Select(s => s.CompletedById).FirstOrDefault(),
                Rated = db.Set<Rating>().Any(r => r.DossierId == d.Id),
            })
            .ToListAsync(ct);
        var received = await recent
            .Where(d => d.Channel == Channel.Counter && d.ReceivedAt >= since && d.ReceivedAt <= now && officers.Contains(d.ReceivedById))
            .Select(d => new { d.Id, d.Code, Name = english ? d.Procedure!.NameEn : d.Procedure!.Name, d.Status, d.ReceivedAt, d.ReceivedById, Rated = db.Set<Rating>().Any(r => r.DossierId == d.Id) })
            .ToListAsync(ct);
        var all = returned.Where(r => r.Officer is not null && officers.Contains(r.Officer))
            .Select(r => new Served(r.Id, r.Code!, r.Name, r.Status, r.ReturnedAt!.Value, r.Officer!, r.Rated))
            .Concat(received.Select(r => new Served(r.Id, r.Code!, r.Name, r.Status, r.ReceivedAt, r.ReceivedById, r.Rated)));
        return all.GroupBy(s => s.DossierId).Select(g => g.MaxBy(s => s.At)!).OrderByDescending(s => s.At).ToList();
    }
}
