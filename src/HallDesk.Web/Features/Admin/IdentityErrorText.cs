using Microsoft.AspNetCore.Identity;

namespace HallDesk.Web.Features.Admin;

/// <summary>Identity's English error descriptions, said in Chinese by their codes.</summary>
public static class IdentityErrorText
{
    public static string Of(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => "密码太短，至少需要 8 位。",
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => "密码必须包含数字（0–9）。",
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => "密码必须包含小写字母（a–z）。",
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) => "密码必须包含大写字母（A–Z）。",
        nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => "密码必须包含至少一个符号（如 @ # !）。",
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => "密码中不同字符的个数太少。",
        nameof(IdentityErrorDescriber.DuplicateUserName) => "该用户名已被使用。",
        nameof(IdentityErrorDescriber.InvalidUserName) => "用户名只能包含字母、数字和 - . _ @ +。",
        nameof(IdentityErrorDescriber.DuplicateEmail) => "该邮箱已被使用。",
        nameof(IdentityErrorDescriber.InvalidEmail) => "邮箱格式不正确。",
        nameof(IdentityErrorDescriber.UserAlreadyInRole) => "该账号已有此角色。",
        nameof(IdentityErrorDescriber.UserNotInRole) => "该账号没有此角色。",
        nameof(IdentityErrorDescriber.InvalidRoleName) => "角色名称无效。",
        nameof(IdentityErrorDescriber.ConcurrencyFailure) => "账号已被他人修改，请刷新后重试。",
        nameof(IdentityErrorDescriber.PasswordMismatch) => "密码不正确。",
        nameof(IdentityErrorDescriber.InvalidToken) => "操作凭据已失效，请重试。",
        _ => "账号操作失败：" + error.Description,
    };

    public static string Of(IdentityResult result) => string.Join(" ", result.Errors.Select(Of).Distinct());
}
