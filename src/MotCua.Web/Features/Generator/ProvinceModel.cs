using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Web.Data;
using MotCua.Web.Features.Auth;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Features.Catalogue;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Generator;

/// <summary>
/// What the generator needs of the configured province, loaded once: the agencies in force today (history is placed
/// on the present organisation — the demo province's units exist since the 2025 merger), the catalogue with its
/// process templates, staff by unit and role (the actors of the audit trail), and the working calendar.
/// </summary>
public sealed class ProvinceModel
{
    /// <summary>Zipf-like popularity: the k-th most popular procedure weighs 1/k^1.1.</summary>
    public required WeightedTable<Procedure> Popularity { get; init; }
    public required WeightedTable<Agency> ProvincePointShare { get; init; }
    public required WeightedTable<Agency> CommuneShare { get; init; }
    public required IReadOnlyDictionary<string, int> AgencyIds { get; init; }
    public required WorkingCalendar Calendar { get; init; }
    public required IReadOnlyDictionary<(int Agency, string Role), StaffScope.Loaded> StaffByUnitRole { get; init; }
    public required IReadOnlyDictionary<string, StaffScope.Loaded> AnyByRole { get; init; }
    public required StaffScope.Loaded Fallback { get; init; }

    /// <summary>
    /// Commune-level civil status and certification are what people come for most (the seeds' volumes), then land,
    /// business and the provincial registrations; within a field the catalogue order decides.
    /// </summary>
    private static readonly string[] FieldPopularity = ["CT", "HT", "DD", "HKD", "GPLX", "LLTP", "CU", "DN", "THUE", "XD", "LTHH", "VL", "KCB", "ATTP", "BTTP", "QT", "DT"];

    public StaffScope.Loaded Staff(int agencyId, string role) =>
        StaffByUnitRole.GetValueOrDefault((agencyId, role))
        ?? StaffByUnitRole.Where(s => s.Key.Agency == agencyId).Select(s => s.Value).FirstOrDefault()
        ?? AnyByRole.GetValueOrDefault(role)
        ?? Fallback;

    public static async Task<ProvinceModel> LoadAsync(MotCuaDb db, CancellationToken ct)
    {
        var agencies = await db.Agencies.AsNoTracking().ToListAsync(ct);
        var current = agencies.Where(a => a.EffectiveTo is null).ToList();
        // Children in a fixed order: the documents' order decides which random draw each gets, and without ORDER BY the
        // database returns them in the order of its plan, which changes after ANALYZE (the same seed gave another province).
        var procedures = await db.Procedures.AsNoTracking().Include(p => p.Steps.OrderBy(s => s.Order)).Include(p => p.Documents.OrderBy(d => d.Id))
            .Include(p => p.Fees.OrderBy(f => f.Id)).AsSplitQuery()
            .Where(p => p.EffectiveTo == null).OrderBy(p => p.Id).ToListAsync(ct);
        // A process needs a reception step, at least one processing step and the return step (Lifecycle's LastProcessingStep).
        procedures = procedures.Where(p => p.Steps.Count >= 3).ToList();
        if (procedures.Count == 0 || current.Count == 0)
        {
            throw new InvalidOperationException("The province has no agencies or procedures: run `seed --demo` first.");
        }
        var ranked = procedures
            .OrderBy(p => Array.IndexOf(FieldPopularity, p.FieldCode) is var i && i >= 0 ? i : FieldPopularity.Length)
            .ThenBy(p => p.Level == AgencyLevel.Commune ? 0 : 1).ThenBy(p => p.Id).ToList();
        var provincePoints = current.Where(a => a.IsReceptionPoint && a.Kind is AgencyKind.ProvincialCenter or AgencyKind.Branch)
            .OrderBy(a => a.Kind).ThenBy(a => a.Code).ToList();
        var communes = current.Where(a => a.Kind == AgencyKind.Commune && a.IsReceptionPoint).OrderBy(a => a.Code).ToList();

        var users = await db.Users.AsNoTracking().Select(u => new { u.Id, u.FullName, Agencies = u.Agencies.OrderBy(a => a.AgencyId).Select(a => a.AgencyId).ToList() })
            .ToListAsync(ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
        var staff = new Dictionary<(int, string), StaffScope.Loaded>();
        var anyByRole = new Dictionary<string, StaffScope.Loaded>();
        StaffScope.Loaded? fallback = null;
        foreach (var u in users.OrderBy(u => u.Id, StringComparer.Ordinal))
        {
            var userRoles = roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToHashSet();
            if (!userRoles.Overlaps(StaffRoles.All))
            {
                continue;
            }
            var loaded = new StaffScope.Loaded(u.Id, u.FullName, userRoles, u.Agencies.ToHashSet(), u.Agencies);
            fallback ??= loaded;
            foreach (var role in userRoles)
            {
                anyByRole.TryAdd(role, loaded);
                foreach (var agency in u.Agencies)
                {
                    staff.TryAdd((agency, role), loaded);
                }
            }
        }
        return new ProvinceModel
        {
            Popularity = new WeightedTable<Procedure>(ranked.Select((p, k) => (p, 1.0 / Math.Pow(k + 1, 1.1)))),
            // The provincial center takes most; the branches the rest.
            ProvincePointShare = new WeightedTable<Agency>(provincePoints.Select((a, i) => (a, i == 0 ? 3.0 : 1.0))),
            // Communes differ in population: a gentle Zipf.
            CommuneShare = new WeightedTable<Agency>(communes.Select((a, i) => (a, 1.0 / Math.Pow(i + 1, 0.6)))),
            AgencyIds = agencies.Where(a => a.EffectiveTo is null).ToDictionary(a => a.Code, a => a.Id),
            Calendar = await CalendarService.BuildAsync(db, ct),
            StaffByUnitRole = staff,
            AnyByRole = anyByRole,
            Fallback = fallback ?? throw new InvalidOperationException("The province has no staff accounts: run `seed --demo` first."),
        };
    }
}
