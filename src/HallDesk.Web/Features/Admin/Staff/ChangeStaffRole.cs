using HallDesk.Data;
using HallDesk.Domain;

namespace HallDesk.Web.Features.Admin.Staff;

/// <summary>
/// 改角色: the admin gives an account another role (and a reviewer their department and, where a department's items ask
/// for 审核 then 审批, the 审批 permission); never their own admin role away.
/// </summary>
public sealed class ChangeStaffRole(IServiceScopeFactory scopes, WriteGate gate, TimeProvider time)
{
    public sealed record Command(string UserName, string Role, string? DepartmentCode, bool CanApprove = false, string? AgencyPointCode = null);

    public Task HandleAsync(Command command, Actor actor, CancellationToken ct = default) =>
        StaffAccountWrite.RunAsync(scopes, gate, time, actor, async s =>
        {
            var user = await s.FindAsync(command.UserName);
            var (department, point) = await s.CheckRoleAsync(command.Role, command.DepartmentCode, user.HallCode, command.AgencyPointCode, ct);
            if (user.Id == actor.UserId && command.Role != Roles.Admin)
            {
                throw new DomainException("Staff.OwnAdminRole");
            }

            var before = await s.Users.GetRolesAsync(user);
            var beforeDepartment = user.DepartmentCode + (user.AgencyPointCode is { } was ? " 代办点 " + was : "");
            var remove = before.Where(r => r != command.Role).ToList();
            if (remove.Count > 0)
            {
                StaffAccountWrite.Check(await s.Users.RemoveFromRolesAsync(user, remove));
            }

            if (!before.Contains(command.Role))
            {
                StaffAccountWrite.Check(await s.Users.AddToRoleAsync(user, command.Role));
            }

            // Only a department's reviewer signs off as 审批人; another role loses the permission.
            var canApprove = command.CanApprove && command.Role == Roles.Reviewer;
            var beforeApprove = user.CanApprove;
            user.DepartmentCode = department;
            user.AgencyPointCode = point;
            user.CanApprove = canApprove;
            StaffAccountWrite.Check(await s.Users.UpdateAsync(user));
            s.Audit("staff.role", user.UserName ?? "",
                $"{string.Join(",", before)} {beforeDepartment ?? "—"}{Approver(beforeApprove)} → {command.Role} {department ?? "—"}{(point is null ? "" : " 代办点 " + point)}{Approver(canApprove)}");
        }, ct);

    private static string Approver(bool canApprove) => canApprove ? " 审批" : "";
}
