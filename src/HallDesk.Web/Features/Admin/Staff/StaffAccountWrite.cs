using HallDesk.Data;
using HallDesk.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Admin.Staff;

/// <summary>
/// The frame of every change to a staff account: one <see cref="WriteScope"/> (the write gate and BEGIN IMMEDIATE on
/// SQLite, the advisory lock on PostgreSQL) over Identity's own scoped context, so that <see cref="UserManager{TUser}"/>
/// writes inside the scope's transaction and the audit line commits with the account change or not at all.
/// Only an admin changes accounts.
/// </summary>
internal sealed class StaffAccountWrite(UserManager<StaffUser> users, WriteScope write, Actor actor, DateTime now)
{
    public UserManager<StaffUser> Users { get; } = users;

    public HallDeskDbContext Db => write.Db;

    public static async Task RunAsync(
        IServiceScopeFactory scopes, WriteGate gate, TimeProvider time, Actor actor, Func<StaffAccountWrite, Task> change, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        // Identity's stores take the scope's HallDeskDbContext; the write scope runs its transaction on that same context.
        await using var write = await WriteScope.BeginOnAsync(services.GetRequiredService<HallDeskDbContext>(), gate, ct);
        var account = new StaffAccountWrite(services.GetRequiredService<UserManager<StaffUser>>(), write, actor, time.GetUtcNow().UtcDateTime);
        await account.EnsureAdminAsync();
        await change(account);
        await write.CommitAsync(ct);
    }

    public void Audit(string action, string subject, string details) => write.Audit(now, actor, action, subject, details);

    public async Task<StaffUser> FindAsync(string userName) =>
        await Users.FindByNameAsync(userName ?? "") ?? throw new DomainException("Staff.NotFound", userName);

    /// <returns>
    /// The department and the 代办点 to store: a reviewer has a department, or none when their hall is a street hall (they
    /// review what the district delegated to it, 赋权); an agent has a point of their hall; other roles neither.
    /// </returns>
    public async Task<(string? Department, string? AgencyPoint)> CheckRoleAsync(string role, string? departmentCode, string hallCode, string? agencyPointCode,
        CancellationToken ct)
    {
        if (!Roles.All.Contains(role))
        {
            throw new DomainException("Staff.RoleRequired");
        }

        if (role == Roles.Agent)
        {
            if (string.IsNullOrWhiteSpace(agencyPointCode)
                || !await Db.AgencyPoints.AnyAsync(p => p.Code == agencyPointCode && p.HallCode == hallCode && p.RetiredAt == null, ct))
            {
                throw new DomainException("Staff.AgencyPointRequired");
            }

            return (null, agencyPointCode);
        }

        if (role != Roles.Reviewer)
        {
            return (null, null);
        }

        if (string.IsNullOrWhiteSpace(departmentCode))
        {
            if (await Db.Halls.AnyAsync(h => h.Code == hallCode && h.Level == Domain.Queue.HallLevel.SubHall, ct))
            {
                return (null, null);
            }

            throw new DomainException("Staff.DepartmentRequired");
        }

        if (!await Db.Departments.AnyAsync(d => d.Code == departmentCode, ct))
        {
            throw new DomainException("Staff.DepartmentRequired");
        }

        return (departmentCode, null);
    }

    /// <summary>A refused Identity step throws, so the write scope rolls back whatever the change did before it.</summary>
    public static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new DomainException(IdentityErrorText.Of(result));
        }
    }

    private async Task EnsureAdminAsync()
    {
        var me = await Users.FindByIdAsync(actor.UserId);
        if (me is null || !await Users.IsInRoleAsync(me, Roles.Admin))
        {
            throw new DomainException("Staff.AdminsOnly");
        }
    }
}
