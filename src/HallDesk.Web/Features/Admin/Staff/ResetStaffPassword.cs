using HallDesk.Data;

namespace HallDesk.Web.Features.Admin.Staff;

/// <summary>重置密码: the admin sets a new password (the password rules apply); the old one stops working.</summary>
public sealed class ResetStaffPassword(IServiceScopeFactory scopes, WriteGate gate, TimeProvider time)
{
    public Task HandleAsync(string userName, string newPassword, Actor actor, CancellationToken ct = default) =>
        StaffAccountWrite.RunAsync(scopes, gate, time, actor, async s =>
        {
            var user = await s.FindAsync(userName);
            var token = await s.Users.GeneratePasswordResetTokenAsync(user);
            StaffAccountWrite.Check(await s.Users.ResetPasswordAsync(user, token, newPassword ?? ""));
            s.Audit("staff.password", user.UserName ?? "", "");
        }, ct);
}
