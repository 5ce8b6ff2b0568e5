using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Live;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Admin;

/// <summary>停用业务: a line leaves the kiosk and the counters' choices; its tickets stay in the history and the reports.</summary>
public sealed class RetireLine(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, QueueNotifier notifier, TimeProvider time)
{
    public async Task HandleAsync(string hallCode, string lineCode, Actor actor, CancellationToken ct = default)
    {
        await using (var write = await WriteScope.BeginForHallAsync(dbFactory, gate, hallCode, ct))
        {
            var db = write.Db;
            var line = await db.QueueLines.SingleOrDefaultAsync(l => l.HallCode == hallCode && l.Code == lineCode, ct)
                ?? throw new DomainException("Line.PrefixNotInHall", lineCode);
            var hall = await db.Halls.AsNoTracking().SingleAsync(h => h.Code == hallCode, ct);
            var now = time.GetUtcNow().UtcDateTime;
            var today = hall.LocalDate(now);
            var waiting = await db.Tickets.CountAsync(
                t => t.HallCode == hallCode && t.ServiceDate == today && t.LineCode == lineCode && t.Status == TicketStatus.Waiting, ct);
            var counters = await db.Counters.AsNoTracking().Where(c => c.HallCode == hallCode && c.RetiredAt == null).ToListAsync(ct);
            line.Retire(waiting, counters.Where(c => c.Serves(lineCode)).Select(c => c.Number).ToList(), now);
            write.Audit(now, actor, "line.retire", $"{hallCode}/{lineCode}", line.Name);
            await write.CommitAsync(ct);
        }

        await notifier.PublishAsync(new HallChangedEvent(hallCode));
    }
}
