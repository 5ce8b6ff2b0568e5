using HallDesk.Domain.Cases;
using HallDesk.Domain.Queue;

namespace HallDesk.Data;

/// <summary>The cases of one service: what a visit's rating covers and what the clerk's 完成 lists.</summary>
public static class ServiceCases
{
    /// <summary>
    /// The cases taken in while the ticket was at the window in its latest service only: not those of an earlier
    /// service of the same ticket (before a transfer or a no-show), nor another day's ticket of the same number.
    /// </summary>
    public static IQueryable<Case> TakenInDuring(this IQueryable<Case> cases, Ticket ticket) =>
        cases.Where(c => c.TicketId == ticket.Id && c.TicketAtCounterSince == ticket.AtCounterSince)
            .OrderBy(c => c.ReceivedAt).ThenBy(c => c.Id);
}
