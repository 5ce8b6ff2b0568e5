using HallDesk.Data;

namespace HallDesk.Web.Features.Queue;

/// <summary>关窗: the clerk leaves the counter.</summary>
public sealed class CloseCounter(CounterDesk desk)
{
    public Task HandleAsync(Actor actor, CancellationToken ct = default) =>
        desk.RunAsync(actor, c =>
        {
            c.Counter.Close(c.Now);
            c.Audit("counter.close", $"{c.Counter.Number}号窗口");
            c.CounterChanged();
            return Task.CompletedTask;
        }, ct);
}
