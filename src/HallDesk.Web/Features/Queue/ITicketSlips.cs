using HallDesk.Data;
using HallDesk.Domain.Queue;

namespace HallDesk.Web.Features.Queue;

/// <summary>
/// Renders and archives a ticket's slip inside the write that issues the ticket (the documents feature answers it),
/// so that the public slip address only ever reads: a GET writes nothing.
/// </summary>
public interface ITicketSlips
{
    Task ArchiveAsync(HallDeskDbContext db, Hall hall, Ticket ticket, int ahead, int estimatedWaitMinutes, string lineName, CancellationToken ct);
}
