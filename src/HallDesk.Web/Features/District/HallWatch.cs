using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Manager;
using HallDesk.Web.Features.Queue;

namespace HallDesk.Web.Features.District;

/// <summary>
/// One hall as the district screen follows it: its hours, and the live view its own dashboard holds
/// (<see cref="HallLive"/>), kept the dashboard's way. A batch of the hall's events is drawn at once from what it
/// carries (<see cref="HallLiveEvents"/>); today's figures, which no event carries, are read in one coalesced
/// reload through <see cref="HallLiveQuery"/>, whose reads the hall's dashboards share and whose ticket figures
/// <see cref="TodayTickets"/> keeps in memory: an event costs the same on the day's last ticket as on its first.
/// </summary>
/// <remarks>Every change runs on the page's renderer (<paramref name="invoke"/>), one at a time.</remarks>
public sealed class HallWatch(HallSummary hall, HallLiveQuery query, QueueQueries queries, Func<Func<Task>, Task> invoke, Func<Task> changed) : IDisposable
{
    private IDisposable? _subscription;
    private CoalescedReload? _reload;
    private bool _everythingStale;
    private int _batches;

    public HallSummary Hall { get; private set; } = hall;

    public HallLive? Live { get; private set; }

    /// <summary>Batches heard so far; a test waits on it, a reload compares it.</summary>
    public int Batches => _batches;

    /// <summary>Subscribes first, then reads: a batch that lands during the read makes the read run once more.</summary>
    public async Task StartAsync(QueueNotifier notifier)
    {
        _reload = new CoalescedReload(() => invoke(ReloadAsync));
        _subscription = notifier.Subscribe(Hall.Code, batch => invoke(() => OnEventsAsync(batch)));
        var batches = _batches;
        Live = await query.LoadAsync(Hall.Code);
        if (_batches != batches)
        {
            _everythingStale = true;
            _reload.Request();
        }
    }

    /// <summary>The hall opens or closes when no event says so: read its hours again once the time has come.</summary>
    public void HoursPassed(DateTime nowUtc)
    {
        if (Hall.Hours.ChangesAt is { } at && at <= nowUtc)
        {
            _everythingStale = true;
            _reload?.Request();
        }
    }

    private async Task OnEventsAsync(IReadOnlyList<QueueEvent> batch)
    {
        _batches++;
        if (Live is null)
        {
            return;
        }

        var stale = Live.Stale(batch);
        Live = Live.Apply(batch);
        if (stale != HallLiveStale.Nothing)
        {
            _everythingStale |= stale == HallLiveStale.Everything;
            _reload?.Request();
        }

        await changed();
    }

    private async Task ReloadAsync()
    {
        var batches = _batches;
        if (_everythingStale || Live is null)
        {
            _everythingStale = false;
            Hall = await queries.HallAsync(Hall.Code) ?? Hall;
            Live = await query.LoadAsync(Hall.Code);
            if (_batches != batches)
            {
                // Events drawn while the hall was read may be missing from it: read it once more.
                _everythingStale = true;
                _reload?.Request();
            }
        }
        else
        {
            var figures = await query.FiguresAsync(Hall.Code);
            Live = Live.With(figures);
        }

        await changed();
    }

    public void Dispose() => _subscription?.Dispose();
}
