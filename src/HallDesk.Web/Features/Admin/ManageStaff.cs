using HallDesk.Domain;
using HallDesk.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Admin;

/// <summary>One staff account as the staff list shows it.</summary>
public sealed record StaffRow(string UserName, string DisplayName, string StaffNumber, IReadOnlyList<string> Roles, string? DepartmentCode, bool Locked);

/// <summary>
/// The admin keeps staff accounts: creates them, changes role and department, unlocks and resets
/// passwords. Identity's stores are scoped, so each operation opens a scope of its own.
/// </summary>
public sealed class ManageStaff(IServiceScopeFactory scopes, IDbContextFactory<HallDeskDbContext> dbFactory, AuditWriter audit, TimeProvider time)
{
    public sealed record CreateCommand(string HallCode, string UserName, string DisplayName, string StaffNumber, string Role, string? DepartmentCode, string Password);

    public sealed record RoleCommand(string UserName, string Role, string? DepartmentCode);

    public async Task<IReadOnlyList<StaffRow>> ListAsync(string hallCode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var users = await db.Users.AsNoTracking().Where(u => u.HallCode == hallCode).OrderBy(u => u.UserName).ToListAsync(ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
        var now = time.GetUtcNow();
        return users.Select(u => new StaffRow(
                u.UserName ?? "",
                u.DisplayName,
                u.StaffNumber,
                roles.Where(r => r.UserId == u.Id).Select(r => r.Name ?? "").Order().ToList(),
                u.DepartmentCode,
                u.LockoutEnd is { } end && end > now))
            .ToList();
    }

    public async Task<IReadOnlyList<(string Code, string Name)>> DepartmentsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var list = await db.Departments.AsNoTracking().OrderBy(d => d.Code).Select(d => new { d.Code, d.Name }).ToListAsync(ct);
        return list.Select(d => (d.Code, d.Name)).ToList();
    }

    public async Task CreateAsync(CreateCommand command, Actor actor, CancellationToken ct = default)
    {
        var userName = (command.UserName ?? "").Trim();
        var displayName = (command.DisplayName ?? "").Trim();
        var staffNumber = (command.StaffNumber ?? "").Trim();
        if (userName.Length is < 2 or > 32)
        {
            throw new DomainException("Staff.UserNameLength");
        }

        if (displayName.Length is < 1 or > 32)
        {
            throw new DomainException("Staff.DisplayNameLength");
        }

        if (staffNumber.Length is < 1 or > 16)
        {
            throw new DomainException("Staff.NumberLength");
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        await EnsureAdminAsync(users, actor);
        var department = await CheckRoleAsync(command.Role, command.DepartmentCode, ct);
        if (await users.Users.AnyAsync(u => u.StaffNumber == staffNumber && u.HallCode == command.HallCode, ct))
        {
            throw new DomainException("Staff.NumberTaken", staffNumber);
        }

        var user = new StaffUser
        {
            UserName = userName,
            DisplayName = displayName,
            StaffNumber = staffNumber,
            HallCode = command.HallCode,
            DepartmentCode = department,
            EmailConfirmed = true,
        };

        // Validate the password before creating, so that a refused password leaves no account behind.
        foreach (var validator in users.PasswordValidators)
        {
            Check(await validator.ValidateAsync(users, user, command.Password ?? ""));
        }

        Check(await users.CreateAsync(user, command.Password ?? ""));
        var added = await users.AddToRoleAsync(user, command.Role);
        if (!added.Succeeded)
        {
            await users.DeleteAsync(user);
            Check(added);
        }

        await audit.WriteAsync(actor.UserName, "staff.create", userName, $"{displayName}，工号 {staffNumber}，{command.Role}{(department is null ? "" : "，" + department)}", actor.Address, ct);
    }

    public async Task ChangeRoleAsync(RoleCommand command, Actor actor, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        await EnsureAdminAsync(users, actor);
        var user = await FindAsync(users, command.UserName);
        var department = await CheckRoleAsync(command.Role, command.DepartmentCode, ct);
        if (user.Id == actor.UserId && command.Role != Roles.Admin)
        {
            throw new DomainException("Staff.OwnAdminRole");
        }

        var before = await users.GetRolesAsync(user);
        var beforeDepartment = user.DepartmentCode;
        var remove = before.Where(r => r != command.Role).ToList();
        if (remove.Count > 0)
        {
            Check(await users.RemoveFromRolesAsync(user, remove));
        }

        if (!before.Contains(command.Role))
        {
            Check(await users.AddToRoleAsync(user, command.Role));
        }

        user.DepartmentCode = department;
        Check(await users.UpdateAsync(user));
        await audit.WriteAsync(actor.UserName, "staff.role", user.UserName ?? "", $"{string.Join(",", before)} {beforeDepartment ?? "—"} → {command.Role} {department ?? "—"}", actor.Address, ct);
    }

    public async Task UnlockAsync(string userName, Actor actor, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        await EnsureAdminAsync(users, actor);
        var user = await FindAsync(users, userName);
        Check(await users.SetLockoutEndDateAsync(user, null));
        Check(await users.ResetAccessFailedCountAsync(user));
        await audit.WriteAsync(actor.UserName, "staff.unlock", user.UserName ?? "", "", actor.Address, ct);
    }

    public async Task ResetPasswordAsync(string userName, string newPassword, Actor actor, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        await EnsureAdminAsync(users, actor);
        var user = await FindAsync(users, userName);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        Check(await users.ResetPasswordAsync(user, token, newPassword ?? ""));
        await audit.WriteAsync(actor.UserName, "staff.password", user.UserName ?? "", "", actor.Address, ct);
    }

    private static async Task EnsureAdminAsync(UserManager<StaffUser> users, Actor actor)
    {
        var me = await users.FindByIdAsync(actor.UserId);
        if (me is null || !await users.IsInRoleAsync(me, Roles.Admin))
        {
            throw new DomainException("Staff.AdminsOnly");
        }
    }

    private static async Task<StaffUser> FindAsync(UserManager<StaffUser> users, string userName) =>
        await users.FindByNameAsync(userName ?? "") ?? throw new DomainException("Staff.NotFound", userName);

    /// <returns>The department to store: required for reviewers, none for other roles.</returns>
    private async Task<string?> CheckRoleAsync(string role, string? departmentCode, CancellationToken ct)
    {
        if (!Roles.All.Contains(role))
        {
            throw new DomainException("Staff.RoleRequired");
        }

        if (role != Roles.Reviewer)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (string.IsNullOrWhiteSpace(departmentCode) || !await db.Departments.AnyAsync(d => d.Code == departmentCode, ct))
        {
            throw new DomainException("Staff.DepartmentRequired");
        }

        return departmentCode;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new DomainException(IdentityErrorText.Of(result));
        }
    }
}
