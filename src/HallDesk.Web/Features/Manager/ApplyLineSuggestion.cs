using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Web.Features.Admin;
using HallDesk.Web.Features.Live;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Manager;

/// <summary>
/// 分流: the manager accepts "add line X to counter N" with one click; the counter serves X after its own lines, for
/// today only unless the manager makes it permanent (the next day it serves its own lines again: <see cref="Queue.EndDayProfiles"/>).
/// </summary>
public sealed class ApplyLineSuggestion(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, QueueNotifier notifier, TimeProvider time)
{
    public async Task HandleAsync(Actor actor, string hallCode, string line, int counterNumber, bool permanent = false, CancellationToken ct = default)
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

            if (!await db.QueueLines.AnyAsync(l => l.HallCode == hallCode && l.Code == line, ct))
            {
                throw new DomainException("Line.NotInHall", line);
            }

            var counter = await db.Counters.SingleOrDefaultAsync(c => c.HallCode == hallCode && c.Number == counterNumber, ct)
                ?? throw new DomainException("Counter.NotInHall", counterNumber);
            var before = counter.Lines;
            var now = time.GetUtcNow().UtcDateTime;
            if (permanent)
            {
                counter.AddLine(line);
            }
            else
            {
                var hall = await db.Halls.SingleAsync(h => h.Code == hallCode, ct);
                counter.AddLineForToday(line, hall.LocalDate(now));
            }

            write.Audit(now, actor, "counter.add-line", $"{hallCode}/{counterNumber}号窗口",
                $"分流建议（{(permanent ? "长期" : "仅今日")}）：业务 {before} → {counter.Lines}");
            await write.CommitAsync(ct);
            events = await CounterBroadcast.EventsAsync(db, hallCode, [counter], ct);
        }

        await notifier.PublishAsync(events);
    }
}
