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

            var lines = c.Counter.ServedLines.ToHashSet(StringComparer.Ordinal);
            var number = c.Counter.Number;
            var waiting = await HallQueueAsync(c, ct);
            var mine = waiting.Where(t => t.TransferredToCounter == number || (t.TransferredToCounter == null && lines.Contains(t.LineCode))).ToList();
            if (CallRouter.PickNext(c.Counter, mine, c.Now, routing.Ageing) is not { } picked)
            {
                c.Keep(QueueKey(c), waiting);
                return null;
            }

            waiting.Remove(picked);
            c.Keep(QueueKey(c), waiting);
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

    /// <summary>
    /// The hall's waiting tickets today, only the columns the router compares, read from the waiting tickets' index alone
    /// (it holds them). When the write just before this one in the hall's batch was a call, the queue it left is taken
    /// as is: 200 clerks pressing at once read the queue once, not once each.
    /// </summary>
    private static async Task<List<QueuedTicket>> HallQueueAsync(DeskContext c, CancellationToken ct) =>
        c.Kept<List<QueuedTicket>>(QueueKey(c))
        ?? await c.WaitingToday()
            .Select(t => new QueuedTicket(t.Id, t.HallCode, t.Status, t.LineCode, t.QueuedAt, t.AppointmentAt, t.GreenChannel, t.TransferredToCounter))
            .ToListAsync(ct);

    private static string QueueKey(DeskContext c) => $"waiting:{c.Hall.Code}:{c.Hall.LocalDate(c.Now):yyyy-MM-dd}";
}
