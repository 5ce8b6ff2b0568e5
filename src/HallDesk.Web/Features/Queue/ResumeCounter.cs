using HallDesk.Data;

namespace HallDesk.Web.Features.Queue;

/// <summary>恢复服务: a paused counter takes calls again.</summary>
public sealed class ResumeCounter(CounterDesk desk)
{
    public Task HandleAsync(Actor actor, CancellationToken ct = default) =>
        desk.RunAsync(actor, c =>
        {
            c.Counter.Resume(c.Now);
            c.Audit("counter.resume", $"{c.Counter.Number}号窗口");
            c.CounterChanged();
            return Task.CompletedTask;
        }, ct);
}
