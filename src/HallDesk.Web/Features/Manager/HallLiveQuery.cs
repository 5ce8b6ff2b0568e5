using HallDesk.Domain.Queue;
using HallDesk.Web.Data;
using HallDesk.Web.Features.Queue;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Manager;

/// <summary>The manager's live view: the board snapshot plus today's counts.</summary>
public sealed class HallLiveQuery(IDbContextFactory<HallDeskDbContext> dbFactory, QueueQueries queries, TimeProvider time)
{
    /// <summary>The hall a staff member works in.</summary>
    public async Task<string> HallOfAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Users.Where(u => u.Id == userId).Select(u => u.HallCode).SingleOrDefaultAsync(ct) ?? "";
    }

    public async Task<HallLive?> LoadAsync(string hallCode, CancellationToken ct = default)
    {
        var snapshot = await queries.SnapshotAsync(hallCode, ct);
        if (snapshot is null)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var hall = await db.Halls.AsNoTracking().SingleAsync(h => h.Code == hallCode, ct);
        var today = hall.LocalDate(time.GetUtcNow().UtcDateTime);
        var counts = await db.Tickets.AsNoTracking()
            .Where(t => t.HallCode == hallCode && t.ServiceDate == today)
            .GroupBy(t => t.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Status, x => x.Count, ct);
        return new HallLive(
            snapshot,
            counts.Values.Sum(),
            counts.GetValueOrDefault(TicketStatus.Done),
            counts.GetValueOrDefault(TicketStatus.NoShow),
            counts.GetValueOrDefault(TicketStatus.Waiting));
    }
}

public sealed record HallLive(BoardSnapshot Snapshot, int Issued, int Served, int NoShows, int Waiting);
