using HallDesk.Data;

namespace HallDesk.Web.Features.Queue;

/// <summary>开始办理: the called citizen has arrived at the window.</summary>
public sealed class StartService(CounterDesk desk)
{
    public Task HandleAsync(Actor actor, CancellationToken ct = default) =>
        desk.RunAsync(actor, c =>
        {
            var ticket = c.RequireCurrent();
            ticket.StartService(c.Now);
            c.Audit("ticket.start", ticket.Number);
            c.TicketChanged(ticket);
            // The counter screen turns from 请到窗口 to 正在办理.
            c.CounterChanged();
            return Task.CompletedTask;
        }, ct);
}
