using Microsoft.AspNetCore.Identity;
using MotCua.Web.Features.Organisation;

namespace MotCua.Web.Features.Citizens;

/// <summary>
/// Identity's own user checks, except that an account identified by its phone alone needs no e-mail (many citizens have
/// none; <c>RequireUniqueEmail</c> stays in force for every address given). Such an account's user name is its phone
/// number, so Identity's unique user name is what keeps one account per phone; a staff member's office phone is only
/// contact data and may be shared.
/// </summary>
public sealed class PhoneOrEmailUserValidator(IdentityErrorDescriber describer) : IUserValidator<AppUser>
{
    private readonly UserValidator<AppUser> identity = new(describer);

    public async Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user)
    {
        var result = await identity.ValidateAsync(manager, user);
        var phoneOnly = string.IsNullOrEmpty(user.Email) && !string.IsNullOrEmpty(user.PhoneNumber) && user.UserName == user.PhoneNumber;
        var errors = result.Errors.Where(e => !(phoneOnly && e.Code == nameof(IdentityErrorDescriber.InvalidEmail))).ToList();
        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }
}
