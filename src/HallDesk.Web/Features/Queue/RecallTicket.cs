using HallDesk.Data;

namespace HallDesk.Web.Features.Queue;

/// <summary>重呼: calls the current ticket again; the board speaks it again and the call count rises.</summary>
public sealed class RecallTicket(CounterDesk desk)
{
    public Task HandleAsync(Actor actor, CancellationToken ct = default) =>
        desk.RunAsync(actor, c =>
        {
            var ticket = c.RequireCurrent();
            ticket.Recall(c.Now);
            c.Audit("ticket.recall", ticket.Number, $"第{ticket.CallCount}次呼叫");
            c.TicketCalled(ticket);
            return Task.CompletedTask;
        }, ct);
}
