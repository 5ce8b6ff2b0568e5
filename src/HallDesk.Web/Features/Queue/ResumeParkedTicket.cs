using HallDesk.Domain;
using HallDesk.Domain.Queue;
using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Queue;

/// <summary>恢复办理: a parked citizen is back; the ticket returns to the window that parked it.</summary>
public sealed class ResumeParkedTicket(CounterDesk desk)
{
    public Task HandleAsync(Actor actor, string number, CancellationToken ct = default) =>
        desk.RunAsync(actor, async c =>
        {
            var today = c.Hall.LocalDate(c.Now);
            var ticket = await c.Db.Tickets.SingleOrDefaultAsync(
                    t => t.HallCode == c.Hall.Code && t.ServiceDate == today && t.Number == number && t.Status == TicketStatus.Parked, ct)
                ?? throw new DomainException("Ticket.ParkedNotFound", number);
            ticket.ResumeParked(c.Counter.Number, c.Now);
            c.Counter.BeginServing(ticket.Id, c.Now);
            c.Audit("ticket.resume", ticket.Number);
            c.TicketChanged(ticket);
            c.CounterChanged();
        }, ct);
}
