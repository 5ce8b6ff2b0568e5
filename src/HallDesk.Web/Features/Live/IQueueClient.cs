namespace HallDesk.Web.Features.Live;

/// <summary>What the hub sends to boards, counter screens and other clients outside Blazor.</summary>
public interface IQueueClient
{
    /// <summary>The hall as it is now: the answer to <c>JoinHall</c>.</summary>
    Task Snapshot(BoardSnapshot snapshot);

    /// <summary>One commit of the hall: its events in commit order, in one message.</summary>
    Task Events(QueueBatch batch);
}
