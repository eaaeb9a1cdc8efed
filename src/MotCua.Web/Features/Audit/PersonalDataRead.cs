using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Audit;

/// <summary>
/// An officer was shown an applicant's personal data (identity number, phone, e-mail, address) in full. Appended, never
/// changed (ARCHITECTURE.md decision 10; Decree 13/2023/NĐ-CP Art. 27 asks the controller to log processing of personal
/// data). Masked views are not logged: they show nothing personal beyond the name.
/// </summary>
public sealed class PersonalDataRead
{
    public long Id { get; set; }
    public long DossierId { get; set; }
    public required string UserId { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>Where it was shown: one of <see cref="PersonalDataReads"/>' purposes.</summary>
    public required string Purpose { get; set; }
}

public sealed class PersonalDataReadConfiguration : IEntityTypeConfiguration<PersonalDataRead>
{
    public void Configure(EntityTypeBuilder<PersonalDataRead> builder)
    {
        var e = builder;
        e.HasIndex(x => new { x.DossierId, x.At });
        e.HasIndex(x => new { x.UserId, x.At });
        e.Property(x => x.UserId).HasMaxLength(64);
        e.Property(x => x.Purpose).HasMaxLength(40);
    }
}

public static class PersonalDataReads
{
    public const string DeskPage = "desk-page";
    public const string CounterFind = "counter-find";
    public const string Api = "api";
    public const string KnownApplicant = "known-applicant";

    public sealed record Row(string UserId, DateTimeOffset At, string Purpose);

    /// <summary>Records the read in its own small write, so nothing else the caller tracks is saved with it.</summary>
    public static async Task RecordAsync(MotCuaDb db, WriteGate gate, string userId, long dossierId, string purpose, DateTimeOffset at,
        CancellationToken ct)
    {
        var row = new PersonalDataRead { DossierId = dossierId, UserId = userId, At = at, Purpose = purpose };
        using (await gate.EnterAsync(ct))
        {
            db.Add(row);
            await db.SaveChangesAsync(ct);
        }
        db.Entry(row).State = EntityState.Detached;
    }

    public static Task<List<Row>> LatestAsync(MotCuaDb db, long dossierId, int count, CancellationToken ct) =>
        db.Set<PersonalDataRead>().AsNoTracking().Where(r => r.DossierId == dossierId)
            .OrderByDescending(r => r.Id).Take(count)
            .Select(r => new Row(r.UserId, r.At, r.Purpose)).ToListAsync(ct);
}
