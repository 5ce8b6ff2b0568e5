using HallDesk.Data;

namespace HallDesk.Web.Features.Queue;

/// <summary>暂停服务: the clerk's counter stops taking calls, with a reason the manager sees.</summary>
public sealed class PauseCounter(CounterDesk desk)
{
    public Task HandleAsync(Actor actor, string reason, CancellationToken ct = default) =>
        desk.RunAsync(actor, c =>
        {
            c.Counter.Pause(reason, c.Now);
            c.Audit("counter.pause", $"{c.Counter.Number}号窗口", reason);
            c.CounterChanged();
            return Task.CompletedTask;
        }, ct);
}
