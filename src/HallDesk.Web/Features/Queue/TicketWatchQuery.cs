using HallDesk.Data;
using HallDesk.Domain.Queue;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Queue;

/// <summary>What the personal live page shows: the number, the line, where it stands; nothing personal.</summary>
public sealed record TicketWatchView(string Hall, string HallName, string Number, string LineName, TicketStatus Status, int Ahead, int EstimatedWaitMinutes, int? Counter);

/// <summary>Reads a ticket by its live page's token (<c>/t/{token}</c>).</summary>
public sealed class TicketWatchQuery(IDbContextFactory<HallDeskDbContext> dbFactory, TimeProvider time)
{
    public async Task<TicketWatchView?> FindAsync(string token, CancellationToken ct = default)
    {
        if (token.Length != TicketWatch.TokenLength)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var watch = await db.TicketWatches.AsNoTracking().SingleOrDefaultAsync(w => w.Token == token, ct);
        if (watch is null || await db.Tickets.AsNoTracking().SingleOrDefaultAsync(t => t.Id == watch.TicketId, ct) is not { } ticket)
        {
            return null;
        }

        var hall = await db.Halls.AsNoTracking().SingleAsync(h => h.Code == ticket.HallCode, ct);
        var line = await db.QueueLines.AsNoTracking().Where(l => l.HallCode == hall.Code && l.Code == ticket.LineCode).Select(l => l.Name).SingleOrDefaultAsync(ct) ?? ticket.LineCode;
        var ahead = 0;
        var estimate = 0;
        if (ticket.Status == TicketStatus.Waiting)
        {
            ahead = await QueuePosition.AheadAsync(db, ticket, ct);
            var stats = await QueueQueries.LineStatsAsync(db, hall, time.GetUtcNow().UtcDateTime, ct);
            estimate = stats.SingleOrDefault(s => s.Code == ticket.LineCode)?.EstimateFor(ahead) ?? 0;
        }

        return new TicketWatchView(hall.Code, hall.Name, ticket.Number, line, ticket.Status, ahead, estimate, ticket.CounterNumber);
    }
}
