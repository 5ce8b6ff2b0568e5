using HallDesk.Domain;
using Microsoft.AspNetCore.Identity;

namespace HallDesk.Web.Features.Admin;

/// <summary>Identity's errors by their codes, as keys of Errors.resx ("Identity.PasswordTooShort" …).</summary>
public static class IdentityErrorText
{
    public static DomainMessage Of(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) or
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) or
        nameof(IdentityErrorDescriber.PasswordRequiresLower) or
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) or
        nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) or
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) or
        nameof(IdentityErrorDescriber.DuplicateUserName) or
        nameof(IdentityErrorDescriber.InvalidUserName) or
        nameof(IdentityErrorDescriber.DuplicateEmail) or
        nameof(IdentityErrorDescriber.InvalidEmail) or
        nameof(IdentityErrorDescriber.UserAlreadyInRole) or
        nameof(IdentityErrorDescriber.UserNotInRole) or
        nameof(IdentityErrorDescriber.InvalidRoleName) or
        nameof(IdentityErrorDescriber.ConcurrencyFailure) or
        nameof(IdentityErrorDescriber.PasswordMismatch) or
        nameof(IdentityErrorDescriber.InvalidToken)
            => new("Identity." + error.Code),
        _ => new("Identity.Other", error.Description),
    };

    public static DomainMessage Of(IdentityResult result) =>
        new("Identity.Failed", result.Errors.Select(Of).DistinctBy(m => m.ToString()).ToList());
}
