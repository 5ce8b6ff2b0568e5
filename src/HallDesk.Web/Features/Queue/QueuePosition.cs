using HallDesk.Data;
using HallDesk.Domain.Queue;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Queue;

/// <summary>How many wait before a ticket in its line: the count the slip, the ticket's SMS and its live page share.</summary>
public static class QueuePosition
{
    /// <summary>Checked-in appointments of earlier slots; for others also the green channel; then earlier arrivals.</summary>
    public static Task<int> AheadAsync(HallDeskDbContext db, Ticket ticket, CancellationToken ct)
    {
        var waiting = db.Tickets.Where(t => t.HallCode == ticket.HallCode && t.ServiceDate == ticket.ServiceDate && t.Status == TicketStatus.Waiting
            && t.LineCode == ticket.LineCode && t.Id != ticket.Id && t.TransferredToCounter == null);
        return ticket.AppointmentAt is { } slot
            ? waiting.CountAsync(t => t.AppointmentAt != null && (t.AppointmentAt < slot || (t.AppointmentAt == slot && t.QueuedAt <= ticket.QueuedAt)), ct)
            : ticket.GreenChannel
                ? waiting.CountAsync(t => t.AppointmentAt != null || (t.GreenChannel && t.QueuedAt <= ticket.QueuedAt), ct)
                : waiting.CountAsync(t => t.AppointmentAt != null || t.GreenChannel || t.QueuedAt <= ticket.QueuedAt, ct);
    }

    /// <summary>
    /// The ids of the first <paramref name="count"/> tickets waiting in a line, first in line first: appointments by
    /// slot, then the green channel, then the rest, each by the time they joined (the order <see cref="AheadAsync"/>
    /// counts in). One read of the line's front, whatever the length of the queue or of the day.
    /// </summary>
    public static Task<List<long>> FrontAsync(HallDeskDbContext db, string hallCode, DateOnly day, string line, int count, CancellationToken ct) =>
        db.Tickets
            .Where(t => t.HallCode == hallCode && t.ServiceDate == day && t.Status == TicketStatus.Waiting && t.LineCode == line && t.TransferredToCounter == null)
            .OrderBy(t => t.AppointmentAt == null)
            .ThenBy(t => t.AppointmentAt)
            .ThenBy(t => !t.GreenChannel)
            .ThenBy(t => t.QueuedAt)
            .ThenBy(t => t.Id)
            .Select(t => t.Id)
            .Take(count)
            .ToListAsync(ct);
}
