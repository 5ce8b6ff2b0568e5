using HallDesk.Data;

namespace HallDesk.Web.Features.Queue;

/// <summary>挂起: the citizen goes to fetch papers; the counter is free and the ticket waits at it to resume.</summary>
public sealed class ParkTicket(CounterDesk desk)
{
    public Task HandleAsync(Actor actor, CancellationToken ct = default) =>
        desk.RunAsync(actor, c =>
        {
            var ticket = c.RequireCurrent();
            ticket.Park(c.Now);
            c.Counter.EndServing(c.Now);
            c.Audit("ticket.park", ticket.Number);
            c.TicketChanged(ticket);
            c.CounterChanged();
            return Task.CompletedTask;
        }, ct);
}
