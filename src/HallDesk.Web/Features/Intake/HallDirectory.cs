using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Intake;

/// <summary>The district's halls by code and name, for choosing where a result is collected (全区通办).</summary>
public sealed class HallDirectory(IDbContextFactory<HallDeskDbContext> dbFactory)
{
    public async Task<IReadOnlyList<(string Code, string Name)>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var halls = await db.Halls.AsNoTracking().Where(h => h.RetiredAt == null).OrderBy(h => h.Level).ThenBy(h => h.Id).Select(h => new { h.Code, h.Name }).ToListAsync(ct);
        return halls.Select(h => (h.Code, h.Name)).ToList();
    }
}
