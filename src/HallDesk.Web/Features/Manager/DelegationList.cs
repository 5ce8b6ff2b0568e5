using HallDesk.Data;
using HallDesk.Domain.Queue;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Manager;

/// <summary>One delegated item at one sub-hall (赋权), as the catalog admin lists it.</summary>
public sealed record DelegationRow(string ItemCode, string ItemName, string DepartmentCode, string HallCode, string HallName);

/// <summary>Which halls hold which delegated items, and the sub-halls an item can be delegated to.</summary>
public sealed class DelegationList(IDbContextFactory<HallDeskDbContext> dbFactory)
{
    public async Task<IReadOnlyList<DelegationRow>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.ItemDelegations.AsNoTracking()
            .Join(db.ServiceItems.AsNoTracking(), d => d.ItemCode, i => i.Code, (d, i) => new { d.HallCode, d.ItemCode, ItemName = i.Name, i.DepartmentCode })
            .Join(db.Halls.AsNoTracking(), x => x.HallCode, h => h.Code, (x, h) => new { x.ItemCode, x.ItemName, x.DepartmentCode, x.HallCode, HallName = h.Name, HallId = h.Id })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.HallId).ThenBy(r => r.ItemCode, StringComparer.Ordinal)
            .Select(r => new DelegationRow(r.ItemCode, r.ItemName, r.DepartmentCode, r.HallCode, r.HallName)).ToList();
    }

    public async Task<IReadOnlyList<(string Code, string Name)>> SubHallsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var halls = await db.Halls.AsNoTracking().Where(h => h.Level == HallLevel.SubHall && h.RetiredAt == null).OrderBy(h => h.Id)
            .Select(h => new { h.Code, h.Name }).ToListAsync(ct);
        return halls.Select(h => (h.Code, h.Name)).ToList();
    }
}
