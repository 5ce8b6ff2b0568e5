using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Manager;
using HallDesk.Web.Features.Queue;

namespace HallDesk.Benchmarks;

/// <summary>
/// Open staff screens of a hall as the notifier sees them: each clerk console and manager view subscribed, doing on
/// every batch what the page does (<see cref="ConsoleEvents"/>, <see cref="HallLiveEvents"/>, a <see cref="CoalescedReload"/>
/// of what the events lack), without the rendering. Counts the database reads the screens make.
/// </summary>
public sealed class StaffScreens : IAsyncDisposable
{
    private readonly List<IDisposable> _subscriptions = [];
    private readonly List<CoalescedReload> _reloads = [];
    private long _reads;
    private long _batches;

    private StaffScreens()
    {
    }

    public long Reads => Interlocked.Read(ref _reads);

    public long Batches => Interlocked.Read(ref _batches);

    public static async Task<StaffScreens> OpenAsync(BenchApp app, IReadOnlyList<string> clerkUserIds, int managers, CancellationToken ct)
    {
        var screens = new StaffScreens();
        foreach (var userId in clerkUserIds)
        {
            await screens.OpenConsoleAsync(app, userId, ct);
        }

        for (var i = 0; i < managers; i++)
        {
            await screens.OpenManagerViewAsync(app, ct);
        }

        return screens;
    }

    /// <summary>Every batch handed out so far handled, and every reload it asked for done.</summary>
    public async Task IdleAsync(QueueNotifier notifier)
    {
        await notifier.IdleAsync();
        await Task.WhenAll(_reloads.Select(r => r.Idle));
    }

    public ValueTask DisposeAsync()
    {
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    private async Task OpenConsoleAsync(BenchApp app, string userId, CancellationToken ct)
    {
        var query = app.Get<CounterConsoleQuery>();
        var gate = new Lock();
        var state = await query.LoadAsync(userId, withServed: false, ct);
        var reload = new CoalescedReload(async () =>
        {
            var loaded = await query.LoadAsync(userId, withServed: false, ct);
            Interlocked.Increment(ref _reads);
            lock (gate)
            {
                state = loaded;
            }
        });
        _reloads.Add(reload);
        _subscriptions.Add(app.Get<QueueNotifier>().Subscribe(BenchApp.Hall, batch =>
        {
            Interlocked.Increment(ref _batches);
            lock (gate)
            {
                if (state.NeedsReload(batch))
                {
                    reload.Request();
                }

                state = state.Apply(batch);
            }

            return Task.CompletedTask;
        }));
    }

    private async Task OpenManagerViewAsync(BenchApp app, CancellationToken ct)
    {
        var query = app.Get<HallLiveQuery>();
        var time = app.Get<TimeProvider>();
        var gate = new Lock();
        var live = await query.LoadAsync(BenchApp.Hall, ct) ?? throw new InvalidOperationException($"Hall {BenchApp.Hall} is missing.");
        var everything = false;
        var reload = new CoalescedReload(async () =>
        {
            bool all;
            lock (gate)
            {
                (all, everything) = (everything, false);
            }

            var loaded = all ? await query.LoadAsync(BenchApp.Hall, ct) : null;
            var figures = all ? null : await query.FiguresAsync(BenchApp.Hall, ct);
            Interlocked.Increment(ref _reads);
            lock (gate)
            {
                live = loaded ?? live.With(figures!);
                _ = HallAlerts.Of(live.Snapshot, live.Thresholds, live.Today.CasesAtRed, live.OverdueRectifications, time.GetUtcNow().UtcDateTime);
            }
        });
        _reloads.Add(reload);
        _subscriptions.Add(app.Get<QueueNotifier>().Subscribe(BenchApp.Hall, batch =>
        {
            Interlocked.Increment(ref _batches);
            lock (gate)
            {
                var stale = live.Stale(batch);
                live = live.Apply(batch);
                everything |= stale == HallLiveStale.Everything;
                if (stale != HallLiveStale.Nothing)
                {
                    reload.Request();
                }

                // The page re-evaluates its alerts on every redraw.
                _ = HallAlerts.Of(live.Snapshot, live.Thresholds, live.Today.CasesAtRed, live.OverdueRectifications, time.GetUtcNow().UtcDateTime);
            }

            return Task.CompletedTask;
        }));
    }
}
