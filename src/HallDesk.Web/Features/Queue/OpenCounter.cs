using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Live;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Queue;

/// <summary>开窗: the clerk takes a closed counter of the hall; one open counter per clerk.</summary>
public sealed class OpenCounter(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, QueueNotifier notifier, TimeProvider time)
{
    public async Task HandleAsync(Actor actor, string hallCode, int counterNumber, CancellationToken ct = default)
    {
        CounterChangedEvent changed;
        await using (var write = await WriteScope.BeginAsync(dbFactory, gate, ct))
        {
            var db = write.Db;
            var clerk = await db.Users.SingleOrDefaultAsync(u => u.Id == actor.UserId, ct)
                ?? throw new DomainException("Account.NotFound");
            if (await db.Counters.AnyAsync(c => c.ClerkUserId == actor.UserId && c.State != CounterState.Closed && c.Number != counterNumber, ct))
            {
                throw new DomainException("Counter.OtherOpen");
            }

            var counter = await db.Counters.SingleOrDefaultAsync(c => c.HallCode == hallCode && c.Number == counterNumber, ct)
                ?? throw new DomainException("Counter.NotFound", counterNumber);
            var now = time.GetUtcNow().UtcDateTime;
            var hall = await db.Halls.SingleAsync(h => h.Code == hallCode, ct);
            counter.EndDayProfile(hall.LocalDate(now));
            counter.Open(clerk.Id, clerk.DisplayName, clerk.StaffNumber, now);
            write.Audit(now, actor, "counter.open", $"{hallCode}/{counterNumber}号窗口", "");
            await write.CommitAsync(ct);
            changed = new CounterChangedEvent(hallCode, QueueQueries.ToView(counter, null));
        }

        await notifier.PublishAsync(changed);
    }
}
