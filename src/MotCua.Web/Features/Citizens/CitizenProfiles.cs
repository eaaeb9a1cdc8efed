using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Citizens;

/// <summary>What the profile form posts.</summary>
public sealed class CitizenProfileInput
{
    public string? FullName { get; set; }
    public string? IdNumber { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Language { get; set; }
    public bool NotifyBySms { get; set; }
    public bool NotifyByZalo { get; set; }
    public bool NotifyByEmail { get; set; }

    public static CitizenProfileInput From(CitizenProfile p) => new()
    {
        FullName = p.FullName, IdNumber = p.IdNumber, DateOfBirth = p.DateOfBirth, Address = p.Address, Phone = p.Phone, Email = p.Email,
        Language = p.Language, NotifyBySms = p.NotifyBySms, NotifyByZalo = p.NotifyByZalo, NotifyByEmail = p.NotifyByEmail,
    };
}

/// <summary>
/// A citizen's saved identity details: read by the online-submission form to start filled in, edited on
/// /cong-dan/thong-tin.
/// </summary>
public sealed partial class CitizenProfiles(MotCuaDb db, TimeProvider clock)
{
    /// <summary>The saved details of a citizen account (not tracked), or null when there are none.</summary>
    public Task<CitizenProfile?> GetAsync(string userId, CancellationToken ct = default) =>
        db.Set<CitizenProfile>().AsNoTracking().FirstOrDefaultAsync(p => p.UserId == userId, ct);

    public async Task<CitizenFormResult> SaveAsync(string userId, CitizenProfileInput input, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string key) => (errors.TryGetValue(field, out var l) ? l : errors[field] = []).Add(key);

        var name = input.FullName?.Trim() ?? "";
        if (name.Length == 0) Add("fullName", "field.required");
        else if (name.Length > 200) Add("fullName", "field.tooLong");
        var idNumber = input.IdNumber?.Trim();
        if (!string.IsNullOrEmpty(idNumber) && !PersonId().IsMatch(idNumber)) Add("idNumber", "field.personId");
        var today = DateOnly.FromDateTime(MotCua.Domain.VietnamTime.ToLocal(clock.GetUtcNow()).DateTime);
        if (input.DateOfBirth is { } born && (born > today || born.Year < 1900)) Add("dateOfBirth", "field.dateOfBirth");
        var address = input.Address?.Trim();
        if (address?.Length > 500) Add("address", "field.tooLong");
        string? phone = null;
        if (!string.IsNullOrWhiteSpace(input.Phone) && (phone = CitizenIdentifier.NormalisePhone(input.Phone)) is null) Add("phone", "field.phone");
        var email = input.Email?.Trim();
        if (!string.IsNullOrEmpty(email) && CitizenIdentifier.Parse(email)?.Email is null) Add("email", "field.email");
        if (input.Language is not (null or "vi" or "en")) Add("language", "field.language");
        // A channel needs its address: a notice that cannot be delivered is worse than none, the citizen thinks they will hear.
        if ((input.NotifyBySms || input.NotifyByZalo) && phone is null && string.IsNullOrWhiteSpace(input.Phone)) Add("channels", "field.channelNeedsPhone");
        if (input.NotifyByEmail && string.IsNullOrEmpty(email)) Add("channels", "field.channelNeedsEmail");
        if (errors.Count > 0)
        {
            return new(errors);
        }

        var profile = await db.Set<CitizenProfile>().FirstOrDefaultAsync(p => p.UserId == userId, ct);
        if (profile is null)
        {
            db.Set<CitizenProfile>().Add(profile = new CitizenProfile { UserId = userId });
        }
        profile.FullName = name;
        profile.IdNumber = string.IsNullOrEmpty(idNumber) ? null : idNumber;
        profile.DateOfBirth = input.DateOfBirth;
        profile.Address = string.IsNullOrEmpty(address) ? null : address;
        profile.Phone = phone;
        profile.Email = string.IsNullOrEmpty(email) ? null : email;
        profile.Language = input.Language ?? "vi";
        profile.NotifyBySms = input.NotifyBySms;
        profile.NotifyByZalo = input.NotifyByZalo;
        profile.NotifyByEmail = input.NotifyByEmail;
        profile.UpdatedAt = clock.GetUtcNow();
        // The header greets the citizen by the account's name.
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.FullName, name), ct);
        await db.SaveChangesAsync(ct);
        return CitizenFormResult.Ok;
    }

    [GeneratedRegex(@"^(\d{9}|\d{12})$")]
    private static partial Regex PersonId();
}
