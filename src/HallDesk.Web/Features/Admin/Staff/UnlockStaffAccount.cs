using HallDesk.Data;

namespace HallDesk.Web.Features.Admin.Staff;

/// <summary>解锁: an account locked after too many failed sign-ins can sign in again at once.</summary>
public sealed class UnlockStaffAccount(IServiceScopeFactory scopes, WriteGate gate, TimeProvider time)
{
    public Task HandleAsync(string userName, Actor actor, CancellationToken ct = default) =>
        StaffAccountWrite.RunAsync(scopes, gate, time, actor, async s =>
        {
            var user = await s.FindAsync(userName);
            StaffAccountWrite.Check(await s.Users.SetLockoutEndDateAsync(user, null));
            StaffAccountWrite.Check(await s.Users.ResetAccessFailedCountAsync(user));
            s.Audit("staff.unlock", user.UserName ?? "", "");
        }, ct);
}
