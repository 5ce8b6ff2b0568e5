using HallDesk.Data;
using HallDesk.Domain;

namespace HallDesk.Web.Features.Admin.Staff;

/// <summary>改角色: the admin gives an account another role (and a reviewer their department); never their own admin role away.</summary>
public sealed class ChangeStaffRole(IServiceScopeFactory scopes, WriteGate gate, TimeProvider time)
{
    public sealed record Command(string UserName, string Role, string? DepartmentCode);

    public Task HandleAsync(Command command, Actor actor, CancellationToken ct = default) =>
        StaffAccountWrite.RunAsync(scopes, gate, time, actor, async s =>
        {
            var user = await s.FindAsync(command.UserName);
            var department = await s.CheckRoleAsync(command.Role, command.DepartmentCode, ct);
            if (user.Id == actor.UserId && command.Role != Roles.Admin)
            {
                throw new DomainException("Staff.OwnAdminRole");
            }

            var before = await s.Users.GetRolesAsync(user);
            var beforeDepartment = user.DepartmentCode;
            var remove = before.Where(r => r != command.Role).ToList();
            if (remove.Count > 0)
            {
                StaffAccountWrite.Check(await s.Users.RemoveFromRolesAsync(user, remove));
            }

            if (!before.Contains(command.Role))
            {
                StaffAccountWrite.Check(await s.Users.AddToRoleAsync(user, command.Role));
            }

            user.DepartmentCode = department;
            StaffAccountWrite.Check(await s.Users.UpdateAsync(user));
            s.Audit("staff.role", user.UserName ?? "", $"{string.Join(",", before)} {beforeDepartment ?? "—"} → {command.Role} {department ?? "—"}");
        }, ct);
}
