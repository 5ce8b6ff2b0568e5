using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Halls;

/// <summary>赋权: the items each sub-hall handles completely (takes in and decides), by hall code, for the hall comparison.</summary>
public sealed class HallDelegations(IDbContextFactory<HallDeskDbContext> dbFactory)
{
    public async Task<ILookup<string, string>> ItemNamesByHallAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.ItemDelegations.AsNoTracking()
            .Join(db.ServiceItems.AsNoTracking(), d => d.ItemCode, i => i.Code, (d, i) => new { d.HallCode, i.Code, i.Name })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Code, StringComparer.Ordinal).ToLookup(r => r.HallCode, r => r.Name);
    }
}
