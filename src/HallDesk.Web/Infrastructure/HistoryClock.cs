namespace HallDesk.Web.Infrastructure;

/// <summary>
/// The app's clock, which the demo history can send back in time: while <see cref="Travel"/> has set a time, every
/// reading returns it (a millisecond later each time, so that the steps of one use case keep their order); otherwise
/// it reads the clock it wraps. Only the first start of an empty demo database travels, before the app serves anyone.
/// </summary>
public sealed class HistoryClock(TimeProvider inner) : TimeProvider
{
    private readonly Lock _lock = new();
    private DateTimeOffset? _at;

    public bool Travelling => _at is not null;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override long TimestampFrequency => inner.TimestampFrequency;

    public void Travel(DateTimeOffset at)
    {
        lock (_lock)
        {
            // Never backwards while travelling: events keep the order they were written in.
            _at = _at is { } now && now > at ? now : at;
        }
    }

    public void Return()
    {
        lock (_lock)
        {
            _at = null;
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            if (_at is not { } at)
            {
                return inner.GetUtcNow();
            }

            _at = at.AddMilliseconds(1);
            return at;
        }
    }

    public override long GetTimestamp() => inner.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);
}
