using HallDesk.Data;

namespace HallDesk.Web.Features.Queue;

/// <summary>过号: the called citizen did not come after the hall's number of calls.</summary>
public sealed class MarkNoShow(CounterDesk desk)
{
    public Task HandleAsync(Actor actor, CancellationToken ct = default) =>
        desk.RunAsync(actor, c =>
        {
            var ticket = c.RequireCurrent();
            ticket.MarkNoShow(c.Hall.NoShowAfterCalls, c.Now);
            c.Counter.EndServing(c.Now);
            c.Audit("ticket.no-show", ticket.Number, $"呼叫{ticket.CallCount}次未到");
            c.TicketChanged(ticket);
            c.CounterChanged();
            return Task.CompletedTask;
        }, ct);
}
