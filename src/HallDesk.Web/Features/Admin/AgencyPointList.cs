using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Admin;

/// <summary>One 代办点 as 大厅管理 lists it under its parent hall, with its agents' count.</summary>
public sealed record AgencyPointRow(string Code, string Name, string HallCode, string Address, int Agents, DateTime? RetiredAt);

/// <summary>Reads the district's 代办点 for 大厅管理, retired ones included.</summary>
public sealed class AgencyPointList(IDbContextFactory<HallDeskDbContext> dbFactory)
{
    public async Task<IReadOnlyList<AgencyPointRow>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var agents = await db.Users.AsNoTracking().Where(u => u.AgencyPointCode != null).GroupBy(u => u.AgencyPointCode!)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var points = await db.AgencyPoints.AsNoTracking().OrderBy(p => p.Id).ToListAsync(ct);
        return points.Select(p => new AgencyPointRow(p.Code, p.Name, p.HallCode, p.Address, agents.GetValueOrDefault(p.Code), p.RetiredAt)).ToList();
    }
}
