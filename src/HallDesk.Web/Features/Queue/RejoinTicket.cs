using HallDesk.Domain;
using HallDesk.Domain.Queue;
using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Queue;

/// <summary>过号重排: a no-show citizen came back and waits again behind the hall's set number of people.</summary>
public sealed class RejoinTicket(CounterDesk desk)
{
    public Task HandleAsync(Actor actor, string number, CancellationToken ct = default) =>
        desk.RunAsync(actor, async c =>
        {
            var today = c.Hall.LocalDate(c.Now);
            var ticket = await c.Db.Tickets.SingleOrDefaultAsync(
                    t => t.HallCode == c.Hall.Code && t.ServiceDate == today && t.Number == number && t.Status == TicketStatus.NoShow, ct)
                ?? throw new DomainException("Ticket.NoShowNotFound", number);
            var line = ticket.LineCode;
            var queue = await c.WaitingToday()
                .Where(t => t.LineCode == line && t.TransferredToCounter == null)
                .Select(t => t.QueuedAt)
                .ToListAsync(ct);
            ticket.Rejoin(QueuePlacement.Behind(queue, c.Hall.RejoinBehind, c.Now));
            c.Audit("ticket.rejoin", ticket.Number, $"排在{c.Hall.RejoinBehind}人之后");
            c.TicketChanged(ticket);
        }, ct);
}
