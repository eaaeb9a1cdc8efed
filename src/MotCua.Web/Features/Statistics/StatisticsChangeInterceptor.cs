using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MotCua.Web.Data;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Feedback;
using MotCua.Web.Features.Payments;
using MotCua.Web.Features.Ratings;

namespace MotCua.Web.Features.Statistics;

/// <summary>
/// Queues, inside the SaveChanges that makes it, every change that can move a dossier's statistics: the dossier itself
/// (once accepted), its documents and supplement requests, a payment, a rating, a feedback naming it. One small insert per
/// changed dossier in the same transaction: a committed change is always caught up, a rolled-back one never counted.
/// Stateless, so one instance serves every pooled context (DatabaseSetup adds it).
/// </summary>
public sealed class StatisticsChangeInterceptor : SaveChangesInterceptor
{
    public static StatisticsChangeInterceptor Instance { get; } = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is MotCuaDb db)
        {
            var pending = Collect(db, out var codes);
            if (codes.Count > 0)
            {
                pending.Ids.UnionWith(db.Dossiers.AsNoTracking().Where(d => codes.Contains(d.Code!)).Select(d => d.Id).ToList());
            }
            Enqueue(db, pending);
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is MotCuaDb db)
        {
            var pending = Collect(db, out var codes);
            if (codes.Count > 0)
            {
                pending.Ids.UnionWith(await db.Dossiers.AsNoTracking().Where(d => codes.Contains(d.Code!)).Select(d => d.Id).ToListAsync(cancellationToken));
            }
            Enqueue(db, pending);
        }
        return result;
    }

    private sealed record Pending(HashSet<long> Ids, List<Dossier> New);

    private static Pending Collect(MotCuaDb db, out List<string> feedbackCodes)
    {
        var pending = new Pending([], []);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        feedbackCodes = [];
        if (db.ChangeTracker.AutoDetectChangesEnabled)
        {
            db.ChangeTracker.DetectChanges();
        }
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            switch (entry.Entity)
            {
                case StatisticsChange:
                    continue;
                case Dossier d when d.Code is not null && entry.State != EntityState.Deleted:
                    if (entry.State == EntityState.Added || entry.Property(nameof(Dossier.Id)).IsTemporary)
                    {
                        pending.New.Add(d);
                    }
                    else
                    {
                        pending.Ids.Add(d.Id);
                    }
                    break;
                case DossierDocument or SupplementRequest or Payment:
                    AddKnown(entry, "DossierId", pending);
                    break;
                case Rating r:
                    if (r.Dossier is { } rated && db.Entry(rated).State == EntityState.Added)
                    {
                        pending.New.Add(rated);
                    }
                    else
                    {
                        AddKnown(entry, nameof(Rating.DossierId), pending);
                    }
                    break;
                case FeedbackCase f:
                    if (f.DossierCode is { Length: > 0 } code)
                    {
                        codes.Add(code);
                    }
                    if (entry.State == EntityState.Modified && entry.Property(nameof(FeedbackCase.DossierCode)).OriginalValue is string { Length: > 0 } before)
                    {
                        codes.Add(before);
                    }
                    break;
            }
        }
        feedbackCodes = [.. codes];
        return pending;
    }

    /// <summary>A dependent of a dossier being added is covered by the dossier's own entry.</summary>
    private static void AddKnown(EntityEntry entry, string property, Pending pending)
    {
        var p = entry.Property(property);
        if (!p.IsTemporary && p.CurrentValue is long id && id > 0)
        {
            pending.Ids.Add(id);
        }
    }

    private static void Enqueue(MotCuaDb db, Pending pending)
    {
        foreach (var d in pending.New.Distinct())
        {
            db.Add(new StatisticsChange { Dossier = d });
        }
        foreach (var id in pending.Ids)
        {
            db.Add(new StatisticsChange { DossierId = id });
        }
    }
}
