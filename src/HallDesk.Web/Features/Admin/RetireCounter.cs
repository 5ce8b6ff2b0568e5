using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Web.Features.Live;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Admin;

/// <summary>停用窗口: a closed counter can no longer be opened; its services stay in the history and the reports.</summary>
public sealed class RetireCounter(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, QueueNotifier notifier, TimeProvider time)
{
    public async Task HandleAsync(string hallCode, int number, Actor actor, CancellationToken ct = default)
    {
        await using (var write = await WriteScope.BeginForHallAsync(dbFactory, gate, hallCode, ct))
        {
            var counter = await write.Db.Counters.SingleOrDefaultAsync(c => c.HallCode == hallCode && c.Number == number, ct)
                ?? throw new DomainException("Counter.NotInHall", number);
            var now = time.GetUtcNow().UtcDateTime;
            counter.Retire(now);
            write.Audit(now, actor, "counter.retire", $"{hallCode}/{number}号窗口", counter.Name);
            await write.CommitAsync(ct);
        }

        await notifier.PublishAsync(new HallChangedEvent(hallCode));
    }
}
