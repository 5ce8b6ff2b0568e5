using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Web.Features.Admin;
using HallDesk.Web.Features.Live;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Manager;

/// <summary>设为长期: the manager keeps a counter's lines set for today (仅今日) as its own lines.</summary>
public sealed class KeepCounterLines(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, QueueNotifier notifier, TimeProvider time)
{
    public async Task HandleAsync(Actor actor, string hallCode, int counterNumber, CancellationToken ct = default)
    {
        IReadOnlyList<QueueEvent> events;
        await using (var write = await WriteScope.BeginAsync(dbFactory, gate, ct))
        {
            var db = write.Db;
            var managerHall = await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.HallCode).SingleOrDefaultAsync(ct);
            if (managerHall != hallCode)
            {
                throw new DomainException("Counter.OtherHall");
            }

            var counter = await db.Counters.SingleOrDefaultAsync(c => c.HallCode == hallCode && c.Number == counterNumber, ct)
                ?? throw new DomainException("Counter.NotInHall", counterNumber);
            var before = counter.PermanentLines;
            counter.KeepDayProfile();
            write.Audit(time.GetUtcNow().UtcDateTime, actor, "counter.keep-lines", $"{hallCode}/{counterNumber}号窗口", $"设为长期：业务 {before} → {counter.Lines}");
            await write.CommitAsync(ct);
            events = await CounterBroadcast.EventsAsync(db, hallCode, [counter], ct);
        }

        await notifier.PublishAsync(events);
    }
}
