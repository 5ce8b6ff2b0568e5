namespace HallDesk.Web.Features.Live;

/// <summary>Reads a hall's board snapshot (the queue feature answers it); the hub sends it to joining screens.</summary>
public interface IHallSnapshots
{
    Task<BoardSnapshot?> SnapshotAsync(string hallCode, CancellationToken ct = default);
}
