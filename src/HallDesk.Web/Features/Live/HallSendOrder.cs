using System.Collections.Concurrent;

namespace HallDesk.Web.Features.Live;

/// <summary>
/// Orders what a hall's hub group hears: an event is sent either wholly before a joining screen's snapshot is
/// read (so the snapshot includes it) or after the snapshot was sent (so the screen applies it on top). Without
/// it, a snapshot read just before a commit could reach the screen after that commit's event and undo it.
/// </summary>
public sealed class HallSendOrder
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _halls = new(StringComparer.Ordinal);

    public async Task<IDisposable> EnterAsync(string hall, CancellationToken ct = default)
    {
        var gate = _halls.GetOrAdd(hall, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
