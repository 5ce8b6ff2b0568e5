using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Admin.Staff;

/// <summary>One staff account as the staff list shows it.</summary>
public sealed record StaffRow(string UserName, string DisplayName, string StaffNumber, IReadOnlyList<string> Roles, string? DepartmentCode, bool Locked,
    bool CanApprove = false, string? AgencyPointCode = null);

/// <summary>A hall as 账号管理 offers it: a street hall's reviewers may have no department (赋权).</summary>
public sealed record StaffHall(string Code, string Name, bool SubHall);

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
                u.CanApprove,
                u.AgencyPointCode))
            .ToList();
    }

    /// <summary>The halls an admin may pick in 账号管理 (open ones), with whether each is a street hall.</summary>
    public async Task<IReadOnlyList<StaffHall>> HallsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Halls.AsNoTracking().Where(h => h.RetiredAt == null).OrderBy(h => h.Level).ThenBy(h => h.Id)
            .Select(h => new StaffHall(h.Code, h.Name, h.Level == Domain.Queue.HallLevel.SubHall)).ToListAsync(ct);
    }

    /// <summary>The open 代办点 of a hall, an agent's account belongs to one of them.</summary>
    public async Task<IReadOnlyList<(string Code, string Name)>> AgencyPointsAsync(string hallCode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var list = await db.AgencyPoints.AsNoTracking().Where(p => p.HallCode == hallCode && p.RetiredAt == null).OrderBy(p => p.Id)
            .Select(p => new { p.Code, p.Name }).ToListAsync(ct);
        return list.Select(p => (p.Code, p.Name)).ToList();
    }

    public async Task<IReadOnlyList<(string Code, string Name)>> DepartmentsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var list = await db.Departments.AsNoTracking().OrderBy(d => d.Code).Select(d => new { d.Code, d.Name }).ToListAsync(ct);
        return list.Select(d => (d.Code, d.Name)).ToList();
    }
}
