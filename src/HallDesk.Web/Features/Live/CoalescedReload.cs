namespace HallDesk.Web.Features.Live;

/// <summary>
/// A screen's reload of what the queue events do not carry: one in flight at a time, and any number of requests
/// while it runs fold into one more run after it, so a burst of events costs at most two reads and the last
/// change is always read. The reload runs beside the event delivery, never inside it.
/// </summary>
public sealed class CoalescedReload(Func<Task> reload)
{
    private readonly Lock _lock = new();
    private Task _running = Task.CompletedTask;
    private bool _busy;
    private bool _again;

    /// <summary>Completes when the reloads asked for so far have run.</summary>
    public Task Idle
    {
        get
        {
            lock (_lock)
            {
                return _running;
            }
        }
    }

    public void Request()
    {
        lock (_lock)
        {
            if (_busy)
            {
                _again = true;
                return;
            }

            _busy = true;
            // On the pool: off the caller's stack and context (the caller hands over a batch and returns).
            _running = Task.Run(RunAsync, CancellationToken.None);
        }
    }

    private async Task RunAsync()
    {
        while (true)
        {
            try
            {
                await reload();
            }
            catch (Exception)
            {
                // The reload reports its own errors (a page through DispatchExceptionAsync); the next request tries again.
            }

            lock (_lock)
            {
                if (!_again)
                {
                    _busy = false;
                    return;
                }

                _again = false;
            }
        }
    }
}
