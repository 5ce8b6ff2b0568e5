using HallDesk.Data;
using HallDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace HallDesk.Web.Features.Account;

/// <summary>
/// 登录. An unknown user, a wrong password and a locked account get the same answer after the same work (one
/// password hash), so neither the message nor the time tells which accounts exist. Failures are counted per
/// address first: an address over its limit is refused before any account is looked at, so it cannot go on
/// to lock every account.
/// </summary>
public sealed class SignInStaff(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, AuditWriter audit, DoorLimiter limits)
{
    /// <summary>A stored name is at most this long; longer input is cut before it reaches the audit log.</summary>
    private const int MaxNameInAudit = 64;

    private static string? _decoyHash;

    public enum Outcome
    {
        SignedIn,
        Refused,
        Throttled,
    }

    public sealed record Result(Outcome Outcome, StaffUser? User);

    /// <summary>How long an address that is over its limit waits at most.</summary>
    public int FailureWindowMinutes => limits.Settings.LoginFailureWindowMinutes;

    public Task<IList<string>> RolesAsync(StaffUser user) => users.GetRolesAsync(user);

    public async Task<Result> HandleAsync(string userName, string password, string? address)
    {
        if (!limits.IsOpen(Door.LoginFailures, address))
        {
            return new Result(Outcome.Throttled, null);
        }

        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            // The same hash work as for an account that exists.
            users.PasswordHasher.VerifyHashedPassword(new StaffUser(), DecoyHash(), password);
            return await RefuseAsync(userName, "用户名或密码错误（无此账号）", address);
        }

        if (await users.IsLockedOutAsync(user))
        {
            users.PasswordHasher.VerifyHashedPassword(user, user.PasswordHash ?? DecoyHash(), password);
            return await RefuseAsync(userName, "账号已锁定", address);
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            return await RefuseAsync(userName, result.IsLockedOut ? "用户名或密码错误，账号已锁定" : "用户名或密码错误", address);
        }

        await signIn.SignInAsync(user, isPersistent: false);
        await audit.WriteAsync(user.UserName!, "login", user.UserName!, "登录成功", address);
        return new Result(Outcome.SignedIn, user);
    }

    private async Task<Result> RefuseAsync(string userName, string reason, string? address)
    {
        limits.TryEnter(Door.LoginFailures, address);
        var name = userName.Length > MaxNameInAudit ? userName[..MaxNameInAudit] : userName;
        await audit.WriteAsync(name, "login.failed", name, reason, address);
        return new Result(Outcome.Refused, null);
    }

    private string DecoyHash() => _decoyHash ??= users.PasswordHasher.HashPassword(new StaffUser(), Guid.NewGuid().ToString("N"));
}
