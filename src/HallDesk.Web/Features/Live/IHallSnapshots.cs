using HallDesk.Domain.Queue;

namespace HallDesk.Web.Features.Live;

/// <summary>Reads a hall's board snapshot from the database (the queue feature answers it); <see cref="BoardSnapshots"/> keeps it.</summary>
public interface IHallSnapshots
{
    Task<BoardSnapshot?> SnapshotAsync(string hallCode, CancellationToken ct = default);

    /// <summary>The snapshot with what keeping it from the events needs: the hall (its day) and up to <paramref name="calls"/> recent calls.</summary>
    Task<BoardRead?> ReadBoardAsync(string hallCode, int calls, CancellationToken ct = default);
}

/// <param name="Calls">The day's most recent calls as the snapshot orders them, more than it shows: a no-show or a transfer
/// takes one off the board, and the next one is known without a read.</param>
public sealed record BoardRead(BoardSnapshot Snapshot, Hall Hall, IReadOnlyList<CallView> Calls);
