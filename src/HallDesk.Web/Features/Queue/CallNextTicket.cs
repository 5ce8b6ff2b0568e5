using HallDesk.Domain;
using HallDesk.Domain.Queue;
using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Queue;

/// <summary>叫号: the router picks the next ticket for the clerk's counter and calls it.</summary>
public sealed class CallNextTicket(CounterDesk desk, RoutingSettings routing)
{
    /// <returns>The number called, or null when nobody waits for this counter.</returns>
    public Task<string?> HandleAsync(Actor actor, CancellationToken ct = default) =>
        desk.RunAsync<string?>(actor, async c =>
        {
            if (c.Current is not null)
            {
                throw new DomainException("Counter.CurrentTicketOpen", c.Current.Number);
            }

            var lines = c.Counter.ServedLines.ToList();
            var number = c.Counter.Number;
            // Only the columns the router compares, read from the waiting tickets' index alone (it holds them): a long
            // queue costs a call a few index pages, not a row and an entity per ticket. The one picked is then read to be changed.
            var waiting = await c.WaitingToday()
                .Where(t => t.TransferredToCounter == number || (t.TransferredToCounter == null && lines.Contains(t.LineCode)))
                .Select(t => new QueuedTicket(t.Id, t.HallCode, t.Status, t.LineCode, t.QueuedAt, t.AppointmentAt, t.GreenChannel, t.TransferredToCounter))
                .ToListAsync(ct);
            if (CallRouter.PickNext(c.Counter, waiting, c.Now, routing.Ageing) is not { } picked)
            {
                return null;
            }

            var next = await c.Db.Tickets.SingleAsync(t => t.Id == picked.Id, ct);

            next.Call(number, c.Counter.ClerkUserId!, c.Now);
            c.Counter.BeginServing(next.Id, c.Now);
            if (c.Counter.Kind == CounterKind.Assistance)
            {
                // Everyone a 帮办代办 window serves is helped; the clerk can still take the mark off.
                next.MarkAssisted(true);
            }
            c.Audit("ticket.call", next.Number, next.AppointmentCode is { } code ? $"{number}号窗口 预约{code}" : $"{number}号窗口");
            c.TicketCalled(next);
            c.CounterChanged();
            return next.Number;
        }, ct);
}
