using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using MotCua.Web.Data;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Administration;

/// <summary>Roles, agencies and counter of an officer. Checkbox sets post as key → "true" (unchecked boxes are absent).</summary>
public class StaffAssignmentInput
{
    public Dictionary<string, string>? Roles { get; set; }
    /// <summary>Agency id → "true".</summary>
    public Dictionary<string, string>? Agencies { get; set; }
    public string? CounterId { get; set; }

    public IReadOnlyList<string> SelectedRoles() => Selected(Roles);

    public IReadOnlyList<int> SelectedAgencies() => Selected(Agencies).Select(k => int.TryParse(k, out var id) ? id : -1).ToList();

    private static IReadOnlyList<string> Selected(Dictionary<string, string>? set) =>
        (set ?? []).Where(p => p.Value == "true").Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
}

public sealed class StaffCreateInput : StaffAssignmentInput
{
    public string? Email { get; set; }
    public string? FullName { get; set; }
    public string? Title { get; set; }
    public string? Phone { get; set; }
    public string? Password { get; set; }
}

public sealed class StaffProfileInput
{
    public string? FullName { get; set; }
    public string? Title { get; set; }
    public string? Phone { get; set; }
}

/// <summary>
/// Staff accounts through Identity's UserManager, so the password policy, lockout and security stamps are Identity's own.
/// UserManager saves after each call, so every change runs in one transaction whose last save also writes the audit entry:
/// either the whole change and its entry are committed, or nothing is.
/// </summary>
public sealed class StaffAdmin(MotCuaDb db, UserManager<AppUser> users, RoleManager<IdentityRole> roles, IMemoryCache memory,
    TimeProvider clock, IOptions<IdentityOptions> identity)
{
    /// <summary>A lock with no end; far from DateTimeOffset.MaxValue, which PostgreSQL's timestamp cannot hold.</summary>
    private static readonly DateTimeOffset LockedForever = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private sealed record Snapshot(string Email, string FullName, string? Title, string? Phone, IReadOnlyList<string> Roles,
        IReadOnlyList<string> Agencies, string? Counter, bool Locked, bool TwoFactor);

    public bool IsLocked(AppUser user) => user.LockoutEnd is { } end && end > clock.GetUtcNow();

    public async Task<AdminResult> CreateAsync(StaffCreateInput input, AdminActor actor, CancellationToken ct = default)
    {
        var result = new AdminResult();
        var email = input.Email?.Trim() ?? "";
        if (email.Length == 0) result.Add(nameof(input.Email), "required");
        else if (email.Length > 256 || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email) result.Add(nameof(input.Email), "emailFormat");
        else if (await users.FindByEmailAsync(email) is not null) result.Add(nameof(input.Email), "staff.emailTaken");
        CheckProfile(result, input.FullName, input.Title, input.Phone);
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
        if (string.IsNullOrEmpty(input.Password)) result.Add(nameof(input.Password), "required");
        else await CheckPasswordAsync(result, nameof(input.Password), user, input.Password);
        var (agencies, counter) = await CheckAssignmentAsync(result, input, ct);
        if (!result.Ok)
        {
            return result;
        }
        user.FullName = input.FullName!.Trim();
        user.Title = AdminParse.Trimmed(input.Title);
        user.PhoneNumber = AdminParse.Trimmed(input.Phone);
        user.CounterId = counter?.Id;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!Collect(result, nameof(input.Password), await users.CreateAsync(user, input.Password!)))
        {
            return result;
        }
        await EnsureRolesAsync(input.SelectedRoles());
        Expect(await users.AddToRolesAsync(user, input.SelectedRoles()));
        db.StaffAgencies.AddRange(agencies.Select(a => new StaffAgency { UserId = user.Id, AgencyId = a.Id }));
        AdminAudit.Record(db, actor, clock.GetUtcNow(), AdminEntities.Staff, email, null,
            new Snapshot(email, user.FullName, user.Title, user.PhoneNumber, input.SelectedRoles(), Codes(agencies), CounterName(counter), false, false));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return result;
    }

    public async Task<AdminResult> UpdateProfileAsync(string userId, StaffProfileInput input, AdminActor actor, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AdminResult.Failure("", "staff.notFound");
        }
        var result = new AdminResult();
        CheckProfile(result, input.FullName, input.Title, input.Phone);
        if (!result.Ok)
        {
            return result;
        }
        var before = await SnapAsync(user, ct);
        user.FullName = input.FullName!.Trim();
        user.Title = AdminParse.Trimmed(input.Title);
        user.PhoneNumber = AdminParse.Trimmed(input.Phone);
        if (AdminAudit.Record(db, actor, clock.GetUtcNow(), AdminEntities.Staff, user.Email!, before, await SnapAsync(user, ct)))
        {
            await db.SaveChangesAsync(ct);
            Forget(user.Id);
        }
        return result;
    }

    /// <summary>
    /// Roles, agencies, counter. The security stamp changes with the roles, so the officer's open sessions are re-checked
    /// and end (Identity's cookie validation) instead of keeping roles taken away from them.
    /// </summary>
    public async Task<AdminResult> UpdateAssignmentAsync(string userId, StaffAssignmentInput input, AdminActor actor, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AdminResult.Failure("", "staff.notFound");
        }
        var result = new AdminResult();
        var (agencies, counter) = await CheckAssignmentAsync(result, input, ct);
        if (user.Id == actor.Id && !input.SelectedRoles().Contains(StaffRoles.Administrator))
        {
            // Otherwise the last administrator could lock everyone out of this page.
            result.Add(nameof(input.Roles), "staff.keepOwnAdmin");
        }
        if (!result.Ok)
        {
            return result;
        }
        var before = await SnapAsync(user, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var current = await users.GetRolesAsync(user);
        var wanted = input.SelectedRoles();
        var removed = current.Except(wanted).ToList();
        var added = wanted.Except(current).ToList();
        if (removed.Count > 0) Expect(await users.RemoveFromRolesAsync(user, removed));
        if (added.Count > 0)
        {
            await EnsureRolesAsync(added);
            Expect(await users.AddToRolesAsync(user, added));
        }
        var assigned = await db.StaffAgencies.Where(s => s.UserId == user.Id).ToListAsync(ct);
        db.StaffAgencies.RemoveRange(assigned.Where(s => agencies.All(a => a.Id != s.AgencyId)));
        db.StaffAgencies.AddRange(agencies.Where(a => assigned.All(s => s.AgencyId != a.Id)).Select(a => new StaffAgency { UserId = user.Id, AgencyId = a.Id }));
        user.CounterId = counter?.Id;
        var after = new Snapshot(user.Email!, user.FullName, user.Title, user.PhoneNumber, wanted, Codes(agencies), CounterName(counter),
            IsLocked(user), user.TwoFactorEnabled);
        if (AdminAudit.Record(db, actor, clock.GetUtcNow(), AdminEntities.Staff, user.Email!, before, after))
        {
            if (removed.Count > 0 || added.Count > 0) Expect(await users.UpdateSecurityStampAsync(user));
            await db.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
        Forget(user.Id);
        return result;
    }

    /// <summary>Locking ends the officer's sessions (new security stamp); unlocking also clears the failed sign-in count.</summary>
    public async Task<AdminResult> SetLockedAsync(string userId, bool locked, AdminActor actor, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AdminResult.Failure("", "staff.notFound");
        }
        if (locked && user.Id == actor.Id)
        {
            return AdminResult.Failure("", "staff.notSelf");
        }
        var before = await SnapAsync(user, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (locked)
        {
            Expect(await users.SetLockoutEnabledAsync(user, true));
            Expect(await users.SetLockoutEndDateAsync(user, LockedForever));
            Expect(await users.UpdateSecurityStampAsync(user));
        }
        else
        {
            Expect(await users.SetLockoutEndDateAsync(user, null));
            Expect(await users.ResetAccessFailedCountAsync(user));
        }
        AdminAudit.Record(db, actor, clock.GetUtcNow(), AdminEntities.Staff, user.Email!, before, await SnapAsync(user, ct));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return AdminResult.Success;
    }

    /// <summary>The administrator sets a new password and tells the officer in person; the log records that, never the password.</summary>
    public async Task<AdminResult> ResetPasswordAsync(string userId, string? password, AdminActor actor, CancellationToken ct = default)
    {
        const string field = "NewPassword";
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AdminResult.Failure("", "staff.notFound");
        }
        var result = new AdminResult();
        if (string.IsNullOrEmpty(password)) result.Add(field, "required");
        else await CheckPasswordAsync(result, field, user, password);
        if (!result.Ok)
        {
            return result;
        }
        var snapshot = await SnapAsync(user, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        if (!Collect(result, field, await users.ResetPasswordAsync(user, token, password!)))
        {
            return result;
        }
        AdminAudit.Record(db, actor, clock.GetUtcNow(), AdminEntities.Staff, user.Email!, snapshot, snapshot, note: "passwordReset");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return result;
    }

    /// <summary>For an officer who lost the authenticator: the second factor is off and a new key is made for next time.</summary>
    public async Task<AdminResult> ResetTwoFactorAsync(string userId, AdminActor actor, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AdminResult.Failure("", "staff.notFound");
        }
        var before = await SnapAsync(user, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        Expect(await users.SetTwoFactorEnabledAsync(user, false));
        Expect(await users.ResetAuthenticatorKeyAsync(user));
        AdminAudit.Record(db, actor, clock.GetUtcNow(), AdminEntities.Staff, user.Email!, before, await SnapAsync(user, ct), note: "twoFactorReset");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return AdminResult.Success;
    }

    private async Task<Snapshot> SnapAsync(AppUser user, CancellationToken ct)
    {
        var agencyCodes = await db.StaffAgencies.Where(s => s.UserId == user.Id).Select(s => s.Agency!.Code).ToListAsync(ct);
        var counter = user.CounterId is { } id ? await db.Counters.Include(c => c.ReceptionPoint).FirstOrDefaultAsync(c => c.Id == id, ct) : null;
        var roleNames = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList();
        return new Snapshot(user.Email!, user.FullName, user.Title, user.PhoneNumber, roleNames, agencyCodes.Order(StringComparer.Ordinal).ToList(),
            CounterName(counter), IsLocked(user), user.TwoFactorEnabled);
    }

    private static IReadOnlyList<string> Codes(IEnumerable<Agency> agencies) => agencies.Select(a => a.Code).Order(StringComparer.Ordinal).ToList();

    private static string? CounterName(Counter? c) => c is null ? null : $"{c.ReceptionPoint?.Code}/{c.Code}";

    private static void CheckProfile(AdminResult result, string? fullName, string? title, string? phone)
    {
        AgencyAdmin.Required(result, "FullName", fullName, 200);
        if (AdminParse.Trimmed(title)?.Length > 200) result.Add("Title", "tooLong", 200);
        if (AdminParse.Trimmed(phone) is { } p && (p.Length > 20 || !p.All(c => char.IsAsciiDigit(c) || c is ' ' or '.' or '+' or '-')))
        {
            result.Add("Phone", "phoneFormat");
        }
    }

    private async Task<(List<Agency> Agencies, Counter? Counter)> CheckAssignmentAsync(AdminResult result, StaffAssignmentInput input, CancellationToken ct)
    {
        var wantedRoles = input.SelectedRoles();
        if (wantedRoles.Count == 0) result.Add(nameof(input.Roles), "staff.roleRequired");
        else if (wantedRoles.Except(StaffRoles.All).Any()) result.Add(nameof(input.Roles), "staff.roleUnknown");
        var ids = input.SelectedAgencies();
        var agencies = await db.Agencies.Where(a => ids.Contains(a.Id)).ToListAsync(ct);
        if (ids.Count == 0) result.Add(nameof(input.Agencies), "staff.agencyRequired");
        else if (agencies.Count != ids.Count) result.Add(nameof(input.Agencies), "agency.unknown", "");
        Counter? counter = null;
        if (AdminParse.Trimmed(input.CounterId) is { } text)
        {
            counter = int.TryParse(text, out var id) ? await db.Counters.Include(c => c.ReceptionPoint).FirstOrDefaultAsync(c => c.Id == id, ct) : null;
            if (counter is null) result.Add(nameof(input.CounterId), "counter.notFound");
            // An officer sits at a counter of a one-stop they act for, or their receipts would name another agency.
            else if (agencies.All(a => a.Id != counter.ReceptionPointId)) result.Add(nameof(input.CounterId), "staff.counterOutsideAgencies");
        }
        return (agencies, counter);
    }

    private async Task CheckPasswordAsync(AdminResult result, string field, AppUser user, string password)
    {
        foreach (var validator in users.PasswordValidators)
        {
            var outcome = await validator.ValidateAsync(users, user, password);
            Collect(result, field, outcome);
        }
    }

    private bool Collect(AdminResult result, string field, IdentityResult outcome)
    {
        foreach (var e in outcome.Errors)
        {
            result.Add(e.Code is "DuplicateEmail" or "DuplicateUserName" or "InvalidEmail" or "InvalidUserName" ? "Email" : field,
                "identity." + e.Code, identity.Value.Password.RequiredLength, identity.Value.Password.RequiredUniqueChars);
        }
        return outcome.Succeeded;
    }

    private async Task EnsureRolesAsync(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                Expect(await roles.CreateAsync(new IdentityRole(name)));
            }
        }
    }

    private static void Expect(IdentityResult outcome)
    {
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", outcome.Errors.Select(e => e.Code + ": " + e.Description)));
        }
    }

    /// <summary>StaffScope keeps an officer's agencies for ReferenceCache.MaxAge; this node forgets them at once.</summary>
    private void Forget(string userId) => memory.Remove(("staff-assignment", userId));
}
