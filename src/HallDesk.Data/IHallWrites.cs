namespace HallDesk.Data;

/// <summary>
/// Writes that join a hall's group commit (the queue's writer answers): the write runs as one part of the hall's next
/// batch, in its transaction, and the returned task completes once the batch has committed.
/// </summary>
public interface IHallWrites
{
    Task<T> WriteAsync<T>(string hall, Func<WriteScope, CancellationToken, Task<T>> write, CancellationToken ct);
}
