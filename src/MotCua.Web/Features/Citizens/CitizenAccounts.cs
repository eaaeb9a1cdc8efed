using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;
using MotCua.Web.Features.Organisation;
using MotCua.Web.Features.Outbox;

namespace MotCua.Web.Features.Citizens;

public enum CitizenSignInResult { Succeeded, Invalid, LockedOut }

/// <summary>Field → message keys (of <see cref="CitizenText"/>); empty when all went well.</summary>
public sealed record CitizenFormResult(IReadOnlyDictionary<string, List<string>> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static CitizenFormResult Ok { get; } = new(new Dictionary<string, List<string>>());
}

/// <summary>
/// Citizen accounts in the Identity store shared with staff: registration with an e-mail or a phone, sign-in, and the
/// password reset by e-mail. Only accounts holding <see cref="CitizenRoles.Citizen"/> are ever signed in or reset here.
/// </summary>
public sealed class CitizenAccounts(MotCuaDb db, UserManager<AppUser> users, RoleManager<IdentityRole> roles, SignInManager<AppUser> signIn,
    TimeProvider clock, IConfiguration config)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public sealed record Registration(string? FullName, string? Identifier, string? Password, string? ConfirmPassword, string Language);

    public async Task<(CitizenFormResult Result, AppUser? User)> RegisterAsync(Registration r, CancellationToken ct = default)
    {
        var errors = new Errors();
        var name = r.FullName?.Trim() ?? "";
        if (name.Length == 0) errors.Add("fullName", "field.required");
        else if (name.Length > 200) errors.Add("fullName", "field.tooLong");
        var id = CitizenIdentifier.Parse(r.Identifier);
        if (string.IsNullOrWhiteSpace(r.Identifier)) errors.Add("identifier", "field.required");
        else if (id is null) errors.Add("identifier", "field.identifier");
        if (string.IsNullOrEmpty(r.Password)) errors.Add("password", "field.required");
        else if (r.Password != r.ConfirmPassword) errors.Add("confirmPassword", "field.passwordMismatch");
        if (id is not null && await IsTakenAsync(id))
        {
            errors.Add("identifier", id.Email is not null ? "field.emailTaken" : "field.phoneTaken");
        }
        if (errors.Any)
        {
            return (errors.Result, null);
        }

        await EnsureRoleAsync();
        var user = new AppUser
        {
            UserName = id!.Email ?? id.Phone,
            Email = id.Email,
            PhoneNumber = id.Phone,
            FullName = name,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, r.Password!);
        if (!created.Succeeded)
        {
            foreach (var e in created.Errors)
            {
                errors.Add(e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "identifier", e.Code switch
                {
                    nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) => id.Email is not null ? "field.emailTaken" : "field.phoneTaken",
                    _ => "identity." + e.Code,
                });
            }
            return (errors.Result, null);
        }
        Expect(await users.AddToRoleAsync(user, CitizenRoles.Citizen));
        db.Set<CitizenProfile>().Add(new CitizenProfile
        {
            UserId = user.Id,
            FullName = name,
            Email = id.Email,
            Phone = id.Phone,
            Language = r.Language == "en" ? "en" : "vi",
            NotifyByEmail = id.Email is not null,
            NotifyBySms = id.Phone is not null,
            UpdatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (CitizenFormResult.Ok, user);
    }

    /// <summary>The citizen account an e-mail address or phone number names; null for anything else, staff included.</summary>
    public async Task<AppUser?> FindAsync(string? identifier)
    {
        var id = CitizenIdentifier.Parse(identifier);
        var user = id switch
        {
            null => null,
            { Email: { } email } => await users.FindByEmailAsync(email),
            // A phone account's user name is its normalised number (a staff member's office phone is not a sign-in).
            { Phone: var phone } => await users.FindByNameAsync(phone!),
        };
        return user is not null && await users.IsInRoleAsync(user, CitizenRoles.Citizen) ? user : null;
    }

    /// <summary>
    /// Signs a citizen in with the application cookie. An unknown identifier, a staff account and a wrong password get the
    /// same answer; repeated failures lock the account (Identity's lockout options apply to citizens as to staff).
    /// </summary>
    public async Task<CitizenSignInResult> SignInAsync(string? identifier, string? password)
    {
        var user = await FindAsync(identifier);
        if (user is null || string.IsNullOrEmpty(password))
        {
            return CitizenSignInResult.Invalid;
        }
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        return result.Succeeded ? CitizenSignInResult.Succeeded
            : result.IsLockedOut ? CitizenSignInResult.LockedOut
            : CitizenSignInResult.Invalid;
    }

    /// <summary>
    /// Writes the reset link for the e-mail dispatcher when the address belongs to a citizen; says nothing either way, so
    /// that the page cannot be used to learn who has an account.
    /// </summary>
    public async Task RequestPasswordResetAsync(string? email, string requestBaseUrl, string language, CancellationToken ct = default)
    {
        var id = CitizenIdentifier.Parse(email);
        if (id?.Phone is { } phone)
        {
            await RequestResetCodeAsync(phone, language, ct);
            return;
        }
        if (id?.Email is null || await FindAsync(id.Email) is not { Email: not null } user)
        {
            return;
        }
        var token = await users.GeneratePasswordResetTokenAsync(user);
        // A configured public address, not the request's Host header: a forged Host would otherwise put an attacker's
        // site into a genuine reset e-mail (password-reset poisoning).
        var site = (config["Citizens:PublicBaseUrl"] is { Length: > 0 } configured ? configured : requestBaseUrl).TrimEnd('/');
        var link = $"{site}/cong-dan/dat-lai-mat-khau?u={Uri.EscapeDataString(user.Id)}&t={WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token))}";
        var now = clock.GetUtcNow();
        await QueueAsync(CitizenTopics.PasswordReset, now, new
        {
            recipient = user.Email,
            language = await LanguageOfAsync(user, language, ct),
            fullName = user.FullName,
            link,
            // DataProtectorTokenProvider's default lifetime.
            expiresAt = now.AddDays(1),
        }, ct);
    }

    /// <summary>The language the citizen saved in their details, else the page's.</summary>
    private async Task<string> LanguageOfAsync(AppUser user, string language, CancellationToken ct) =>
        await db.Set<CitizenProfile>().AsNoTracking().Where(p => p.UserId == user.Id).Select(p => p.Language).FirstOrDefaultAsync(ct)
        ?? (language == "en" ? "en" : "vi");

    /// <summary>A message to the citizen for the dispatcher (it carries its recipient; no dossier).</summary>
    private async Task QueueAsync(string topic, DateTimeOffset now, object payload, CancellationToken ct)
    {
        db.OutboxMessages.Add(new OutboxMessage { Topic = topic, CreatedAt = now, NextAttemptAt = now, Payload = JsonSerializer.Serialize(payload, Json) });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>What the reset-code SMS promises; Identity's phone codes (TOTP, 3-minute steps) hold for 6 to 9 minutes.</summary>
    public const int ResetCodeMinutes = 5;
    private const string ResetCodePurpose = "citizen-reset-password-sms";

    /// <summary>
    /// An account registered with a phone number only has no mailbox for a link: a six-digit code goes to the phone by SMS
    /// instead. Nothing is said about whether the number has an account.
    /// </summary>
    private async Task RequestResetCodeAsync(string phone, string language, CancellationToken ct)
    {
        if (await FindAsync(phone) is not { PhoneNumber: not null } user)
        {
            return;
        }
        var code = await users.GenerateUserTokenAsync(user, TokenOptions.DefaultPhoneProvider, ResetCodePurpose);
        await QueueAsync(CitizenTopics.PasswordResetCode, clock.GetUtcNow(), new
        {
            phone = user.PhoneNumber,
            language = await LanguageOfAsync(user, language, ct),
            fullName = user.FullName,
            resetCode = code,
            minutes = ResetCodeMinutes,
        }, ct);
    }

    /// <summary>
    /// Sets a new password with the code sent by SMS. A wrong code counts as a failed sign-in (the lockout bounds the
    /// guesses at six digits); a wrong number, a wrong code and a locked account all read the same.
    /// </summary>
    public async Task<CitizenFormResult> ResetPasswordWithCodeAsync(string? phone, string? code, string? password, string? confirm)
    {
        var errors = new Errors();
        var id = CitizenIdentifier.Parse(phone);
        if (id?.Phone is null) errors.Add("phone", "field.phone");
        if (string.IsNullOrWhiteSpace(code)) errors.Add("code", "field.required");
        if (string.IsNullOrEmpty(password)) errors.Add("password", "field.required");
        else if (password != confirm) errors.Add("confirmPassword", "field.passwordMismatch");
        if (errors.Any)
        {
            return errors.Result;
        }
        var user = await FindAsync(id!.Phone!);
        if (user is null || await users.IsLockedOutAsync(user) || !await VerifyResetCodeAsync(user, code!.Trim()))
        {
            errors.Add("code", "reset.invalidCode");
            return errors.Result;
        }
        var result = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password!);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                errors.Add("password", "identity." + e.Code);
            }
            return errors.Result;
        }
        // The new password changed the security stamp: the code cannot be used again.
        await users.ResetAccessFailedCountAsync(user);
        return CitizenFormResult.Ok;
    }

    /// <summary>A wrong code counts as a failed sign-in: the lockout bounds the guesses.</summary>
    private async Task<bool> VerifyResetCodeAsync(AppUser user, string code)
    {
        if (await users.VerifyUserTokenAsync(user, TokenOptions.DefaultPhoneProvider, ResetCodePurpose, code))
        {
            return true;
        }
        await users.AccessFailedAsync(user);
        return false;
    }

    public async Task<CitizenFormResult> ResetPasswordAsync(string? userId, string? token, string? password, string? confirm)
    {
        var errors = new Errors();
        if (string.IsNullOrEmpty(password)) errors.Add("password", "field.required");
        else if (password != confirm) errors.Add("confirmPassword", "field.passwordMismatch");
        if (errors.Any)
        {
            return errors.Result;
        }
        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        string? decoded = null;
        try
        {
            decoded = token is null ? null : Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token));
        }
        catch (FormatException)
        {
        }
        if (user is null || decoded is null || !await users.IsInRoleAsync(user, CitizenRoles.Citizen))
        {
            errors.Add("link", "reset.invalidLink");
            return errors.Result;
        }
        var result = await users.ResetPasswordAsync(user, decoded, password!);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                if (e.Code == nameof(IdentityErrorDescriber.InvalidToken)) errors.Add("link", "reset.invalidLink");
                else errors.Add("password", "identity." + e.Code);
            }
            return errors.Result;
        }
        // Whoever proves they hold the mailbox may sign in at once, even if an attacker's guesses locked the account.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return CitizenFormResult.Ok;
    }

    private async Task<bool> IsTakenAsync(CitizenIdentifier id) => id.Email is not null
        ? await users.FindByEmailAsync(id.Email) is not null || await users.FindByNameAsync(id.Email) is not null
        : await users.FindByNameAsync(id.Phone!) is not null;

    private async Task EnsureRoleAsync()
    {
        if (await roles.RoleExistsAsync(CitizenRoles.Citizen))
        {
            return;
        }
        try
        {
            await roles.CreateAsync(new IdentityRole(CitizenRoles.Citizen));
        }
        catch (DbUpdateException)
        {
            // Another registration may have created it at the same moment; anything else is a real failure.
            db.ChangeTracker.Clear();
            if (!await roles.RoleExistsAsync(CitizenRoles.Citizen))
            {
                throw;
            }
        }
    }

    private static void Expect(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }

    private sealed class Errors
    {
        private readonly Dictionary<string, List<string>> all = [];

        public bool Any => all.Count > 0;

        public CitizenFormResult Result => new(all);

        public void Add(string field, string key)
        {
            if (!all.TryGetValue(field, out var list))
            {
                all[field] = list = [];
            }
            if (!list.Contains(key)) list.Add(key);
        }
    }
}
