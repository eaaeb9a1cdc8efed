using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Text;
using MotCua.Web.Data;
using MotCua.Web.Features.Catalogue;
using MotCua.Web.Features.Organisation;
using static MotCua.Web.Features.Seed.SeedFiles;

namespace MotCua.Web.Features.Seed;

/// <summary>
/// The demo province (the merged Đồng Nai of 2025), its catalogue and staff accounts. Runs only when the configuration
/// asks for it and never in Production; does nothing if agencies already exist.
/// </summary>
public static class DemoSeed
{
    public static async Task RunAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var db = services.GetRequiredService<MotCuaDb>();
        if (await db.Agencies.AnyAsync(ct))
        {
            return;
        }
        var province = Read<ProvinceFile>("demo-province.json");
        var catalogue = Read<ProceduresFile>("procedures.json");

        var agencies = province.Agencies.Select(a => new Agency
        {
            Code = a.Code, Name = a.Name, NameEn = a.NameEn, Kind = Enum.Parse<AgencyKind>(a.Kind), Level = Enum.Parse<AgencyLevel>(a.Level),
            IsReceptionPoint = a.IsReceptionPoint, Address = a.Address, Phone = a.Phone, EffectiveFrom = a.EffectiveFrom, EffectiveTo = a.EffectiveTo,
        }).ToDictionary(a => a.Code);
        foreach (var row in province.Agencies)
        {
            agencies[row.Code].Parent = row.Parent is null ? null : agencies[row.Parent];
            agencies[row.Code].Successor = row.Successor is null ? null : agencies[row.Successor];
        }
        db.Agencies.AddRange(agencies.Values);
        db.Fields.AddRange(province.Fields.Select(f => new Field { Code = f.Code, Name = f.Name, NameEn = f.NameEn }));
        var counters = province.Counters.Select(c => new Counter
        {
            Code = c.Code, Name = c.Name, NameEn = c.NameEn, ReceptionPoint = agencies[c.ReceptionPoint], Fields = string.Join(',', c.Fields ?? []),
        }).ToList();
        db.Counters.AddRange(counters);

        var codes = agencies.Keys.ToHashSet();
        foreach (var row in catalogue.Procedures)
        {
            var procedure = ToProcedure(row, agencies);
            var errors = ProcessTemplate.Validate(procedure, codes);
            if (errors.Count > 0)
            {
                throw new InvalidDataException($"Procedure {row.Code}: {string.Join(", ", errors)}");
            }
            db.Procedures.Add(procedure);
        }
        await db.SaveChangesAsync(ct);
        await CreateStaffAsync(services, province, agencies, counters, ct);
    }

    private static Procedure ToProcedure(ProcedureRow row, IReadOnlyDictionary<string, Agency> agencies) => new()
    {
        Code = row.Code, Name = row.Name, NameEn = row.NameEn, FieldCode = row.Field,
        SearchKey = SearchKeyOf(row.Code, row.Name, row.NameEn),
        Level = Enum.Parse<AgencyLevel>(row.Level),
        CompetentAgency = row.CompetentAgency is null ? null : agencies[row.CompetentAgency],
        TimeAmount = row.ProcessingTime.Amount, TimeUnit = Enum.Parse<TimeUnit>(row.ProcessingTime.Unit),
        Cutoff = row.ProcessingTime.Cutoff is null ? null : TimeOnly.Parse(row.ProcessingTime.Cutoff, CultureInfo.InvariantCulture),
        ResultName = row.ResultName ?? "", ResultNameEn = row.ResultNameEn ?? row.ResultName ?? "",
        ResultKind = Enum.Parse<ResultKind>(row.ResultKind), OnlineLevel = Enum.Parse<OnlineLevel>(row.OnlineLevel),
        BoundaryFree = row.BoundaryFree, LegalBasis = string.Join('\n', row.LegalBasis ?? []),
        EffectiveFrom = new DateOnly(2025, 7, 1),
        Fees = (row.Fees ?? []).Select(f => new ProcedureFee { Name = f.Name, NameEn = f.NameEn ?? f.Name, Amount = f.Amount, Note = f.Note }).ToList(),
        Documents = row.Documents.Select(d => new ProcedureDocument
        {
            Code = d.Code, Name = d.Name, NameEn = d.NameEn ?? d.Name, Form = Enum.Parse<DocumentForm>(d.Form), Count = d.Count, Mandatory = d.Mandatory,
        }).ToList(),
        Steps = row.Steps.Select((s, i) => new ProcessStep
        {
            Order = i + 1, Name = s.Name, NameEn = s.NameEn ?? s.Name, Role = s.Role, Unit = s.Unit, Allotment = s.Allotment,
        }).ToList(),
    };

    public static string SearchKeyOf(string code, string name, string nameEn) => VietnameseText.Fold($"{code} {name} {nameEn}");

    private static async Task CreateStaffAsync(IServiceProvider services, ProvinceFile province, IReadOnlyDictionary<string, Agency> agencies,
        List<Counter> counters, CancellationToken ct)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), role);
            }
        }
        foreach (var s in province.Staff)
        {
            var agencyList = s.Agencies.Select(code => agencies[code]).ToList();
            var user = new AppUser
            {
                UserName = s.Email, Email = s.Email, EmailConfirmed = true, FullName = s.FullName, Title = s.Title, PhoneNumber = s.Phone,
                Counter = s.Counter is null ? null : counters.First(c => c.Code == s.Counter && agencyList.Contains(c.ReceptionPoint!)),
                Agencies = agencyList.Select(a => new StaffAgency { UserId = "", AgencyId = a.Id }).ToList(),
            };
            user.Agencies.ForEach(a => a.UserId = user.Id);
            Check(await users.CreateAsync(user, province.DemoPassword), s.Email);
            Check(await users.AddToRolesAsync(user, s.Roles), s.Email);
        }
        ct.ThrowIfCancellationRequested();
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Seeding {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
