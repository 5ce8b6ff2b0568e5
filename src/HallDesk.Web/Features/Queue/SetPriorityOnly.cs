using HallDesk.Data;

namespace HallDesk.Web.Features.Queue;

/// <summary>仅按优先级: the clerk turns ageing off (or on again) for their counter.</summary>
public sealed class SetPriorityOnly(CounterDesk desk)
{
    public Task HandleAsync(Actor actor, bool priorityOnly, CancellationToken ct = default) =>
        desk.RunAsync(actor, c =>
        {
            c.Counter.SetPriorityOnly(priorityOnly);
            c.Audit("counter.priority-only", $"{c.Counter.Number}", priorityOnly ? "仅按优先级叫号" : "按等候时长自动均衡");
            c.CounterChanged();
            return Task.CompletedTask;
        }, ct);
}
