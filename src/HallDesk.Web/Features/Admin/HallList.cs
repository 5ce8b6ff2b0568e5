using HallDesk.Data;
using HallDesk.Domain.Queue;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Admin;

/// <summary>One hall as the district's hall list shows it, retired ones included (their history stays).</summary>
public sealed record HallRow(
    string Code, string Name, string ShortName, HallLevel Level, string Address, bool AroundTheClock, TimeOnly OpensAt, TimeOnly ClosesAt,
    int Lines, int Counters, DateTime? RetiredAt);

/// <summary>Reads the district's halls for 大厅管理.</summary>
public sealed class HallList(IDbContextFactory<HallDeskDbContext> dbFactory)
{
    public async Task<IReadOnlyList<HallRow>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var lines = await db.QueueLines.AsNoTracking().Where(l => l.RetiredAt == null).GroupBy(l => l.HallCode)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var counters = await db.Counters.AsNoTracking().Where(c => c.RetiredAt == null).GroupBy(c => c.HallCode)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var halls = await db.Halls.AsNoTracking().OrderBy(h => h.Level).ThenBy(h => h.Id).ToListAsync(ct);
        return halls.Select(h => new HallRow(h.Code, h.Name, h.ShortName, h.Level, h.Address, h.OpenAroundTheClock, h.OpensAt, h.ClosesAt,
            lines.GetValueOrDefault(h.Code), counters.GetValueOrDefault(h.Code), h.RetiredAt)).ToList();
    }
}
