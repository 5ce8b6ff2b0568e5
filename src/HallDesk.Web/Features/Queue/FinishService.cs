using HallDesk.Data;

namespace HallDesk.Web.Features.Queue;

/// <summary>完成: the service of the current ticket is finished; the counter is free for the next call.</summary>
public sealed class FinishService(CounterDesk desk)
{
    public Task HandleAsync(Actor actor, CancellationToken ct = default) =>
        desk.RunAsync(actor, c =>
        {
            var ticket = c.RequireCurrent();
            ticket.Finish(c.Now);
            c.Counter.EndServing(c.Now);
            c.Audit("ticket.finish", ticket.Number);
            c.TicketChanged(ticket);
            c.CounterChanged();
            return Task.CompletedTask;
        }, ct);
}
