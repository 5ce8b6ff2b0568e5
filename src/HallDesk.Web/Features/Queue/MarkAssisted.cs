using HallDesk.Data;

namespace HallDesk.Web.Features.Queue;

/// <summary>标记帮办: the clerk marks (or unmarks) the current service as assisted; it counts in the figures.</summary>
public sealed class MarkAssisted(CounterDesk desk)
{
    public Task HandleAsync(Actor actor, bool assisted, CancellationToken ct = default) =>
        desk.RunAsync(actor, c =>
        {
            var ticket = c.RequireCurrent();
            ticket.MarkAssisted(assisted);
            c.Audit("ticket.assisted", ticket.Number, assisted ? "标记帮办" : "取消帮办标记");
            c.TicketChanged(ticket);
            return Task.CompletedTask;
        }, ct);
}
