using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Web.Features.Live;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Queue;

/// <summary>开窗 / 暂停 / 恢复 / 关窗: the clerk's counter state.</summary>
public sealed class ChangeCounterState(
    IDbContextFactory<HallDeskDbContext> dbFactory,
    WriteGate gate,
    QueueNotifier notifier,
    CounterDesk desk,
    TimeProvider time)
{
    public async Task OpenAsync(Actor actor, string hallCode, int counterNumber, CancellationToken ct = default)
    {
        CounterChangedEvent changed;
        await using (var write = await WriteScope.BeginAsync(dbFactory, gate, ct))
        {
            var db = write.Db;
            var clerk = await db.Users.SingleOrDefaultAsync(u => u.Id == actor.UserId, ct)
                ?? throw new DomainException("Account.NotFound");
            if (await db.Counters.AnyAsync(c => c.ClerkUserId == actor.UserId && c.State != Domain.Queue.CounterState.Closed && c.Number != counterNumber, ct))
            {
                throw new DomainException("Counter.OtherOpen");
            }

            var counter = await db.Counters.SingleOrDefaultAsync(c => c.HallCode == hallCode && c.Number == counterNumber, ct)
                ?? throw new DomainException("Counter.NotFound", counterNumber);
            var now = time.GetUtcNow().UtcDateTime;
            counter.Open(clerk.Id, clerk.DisplayName, clerk.StaffNumber, now);
            write.Audit(now, actor, "counter.open", $"{hallCode}/{counterNumber}号窗口", "");
            await write.CommitAsync(ct);
            changed = new CounterChangedEvent(hallCode, QueueQueries.ToView(counter, null));
        }

        await notifier.PublishAsync(changed);
    }

    public Task PauseAsync(Actor actor, string reason, CancellationToken ct = default) =>
        desk.RunAsync(actor, c =>
        {
            c.Counter.Pause(reason, c.Now);
            c.Audit("counter.pause", $"{c.Counter.Number}号窗口", reason);
            c.CounterChanged();
            return Task.CompletedTask;
        }, ct);

    public Task ResumeAsync(Actor actor, CancellationToken ct = default) =>
        desk.RunAsync(actor, c =>
        {
            c.Counter.Resume(c.Now);
            c.Audit("counter.resume", $"{c.Counter.Number}号窗口");
            c.CounterChanged();
            return Task.CompletedTask;
        }, ct);

    public Task CloseAsync(Actor actor, CancellationToken ct = default) =>
        desk.RunAsync(actor, c =>
        {
            c.Counter.Close(c.Now);
            c.Audit("counter.close", $"{c.Counter.Number}号窗口");
            c.CounterChanged();
            return Task.CompletedTask;
        }, ct);
}
