using HallDesk.Data;
using HallDesk.Domain.Queue;

namespace HallDesk.Web.Features.Documents;

/// <summary>
/// Renders and archives a ticket's slip inside the write that issues the ticket (the queue calls it, the archive answers),
/// so that the public slip address only ever reads: a GET writes nothing.
/// </summary>
public interface ITicketSlips
{
    Task ArchiveAsync(HallDeskDbContext db, Hall hall, Ticket ticket, int ahead, int estimatedWaitMinutes, string lineName, CancellationToken ct);
}
