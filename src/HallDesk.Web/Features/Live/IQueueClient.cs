namespace HallDesk.Web.Features.Live;

/// <summary>What the queue hub sends to boards, counter screens and other clients outside Blazor.</summary>
public interface IQueueClient
{
    Task Snapshot(BoardSnapshot snapshot);

    Task TicketIssued(TicketIssuedEvent e);

    Task TicketCalled(TicketCalledEvent e);

    Task TicketChanged(TicketChangedEvent e);

    Task CounterChanged(CounterChangedEvent e);

    Task HallChanged(HallChangedEvent e);
}
