using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Admin.Staff;

/// <summary>One staff account as the staff list shows it.</summary>
public sealed record StaffRow(string UserName, string DisplayName, string StaffNumber, IReadOnlyList<string> Roles, string? DepartmentCode, bool Locked,
    bool CanApprove = false);

/// <summary>The hall's staff accounts and the departments a reviewer may belong to, for 账号管理.</summary>
public sealed class StaffQueries(IDbContextFactory<HallDeskDbContext> dbFactory, TimeProvider time)
{
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
                u.LockoutEnd is { } end && end > now,
                u.CanApprove))
            .ToList();
    }

    public async Task<IReadOnlyList<(string Code, string Name)>> DepartmentsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var list = await db.Departments.AsNoTracking().OrderBy(d => d.Code).Select(d => new { d.Code, d.Name }).ToListAsync(ct);
        return list.Select(d => (d.Code, d.Name)).ToList();
    }
}
