namespace HallDesk.Web.Features.Halls;

/// <summary>
/// Runs a refresh at most once per interval however many queue events arrive: the first request after a quiet
/// interval runs at once, the ones that follow fold into a single run at the end of the interval, so the last
/// change is always shown. Runs on a timer thread, never on the publisher's: a busy hall's events do not wait
/// for this page's queries.
/// </summary>
public sealed class RefreshThrottle : IDisposable
{
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;
    private readonly Func<Task> _refresh;
    private readonly ITimer _timer;
    private DateTimeOffset _lastRun = DateTimeOffset.MinValue;
    private bool _scheduled;
    private bool _disposed;

    public RefreshThrottle(TimeProvider time, TimeSpan interval, Func<Task> refresh)
    {
        _time = time;
        _interval = interval;
        _refresh = refresh;
        _timer = time.CreateTimer(_ => Run(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public void Request()
    {
        TimeSpan due;
        lock (_lock)
        {
            if (_disposed || _scheduled)
            {
                return;
            }

            _scheduled = true;
            var wait = _lastRun == DateTimeOffset.MinValue ? TimeSpan.Zero : _lastRun + _interval - _time.GetUtcNow();
            due = wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        _timer.Change(due, Timeout.InfiniteTimeSpan);
    }

    private void Run()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _scheduled = false;
            _lastRun = _time.GetUtcNow();
        }

        // The refresh reports its own errors (through the component); nothing is left to observe here.
        _ = _refresh();
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
        }

        _timer.Dispose();
    }
}
