using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Queue;
using Microsoft.AspNetCore.Components;

namespace HallDesk.Web.Features.Halls;

/// <summary>
/// 自主选择办理地址: every hall's queue for the business a citizen chose, shortest wait first. Live over the
/// in-process <see cref="QueueNotifier"/> (one subscription per hall): the line figures come with the ticket events;
/// what they lack (counters opening, hours) is re-queried at most once per <see cref="RefreshInterval"/>, and once
/// more when a hall opens or closes.
/// </summary>
public sealed partial class HallsPage : IDisposable
{
    /// <summary>A busy hall sends several events a second; the figures are re-read at most this often.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(2);

    private readonly List<IDisposable> _subscriptions = [];
    private IReadOnlyList<HallSummary> _halls = [];
    private IReadOnlyList<string> _lineNames = [];
    private IReadOnlyList<HallOption> _options = [];
    private ILookup<string, string> _delegated = Array.Empty<string>().ToLookup(s => s);
    private string? _line;
    private bool _loaded;
    private RefreshThrottle? _throttle;
    private ITimer? _hoursChange;

    [Inject] private QueueQueries Queries { get; set; } = default!;

    [Inject] private HallDelegations Delegations { get; set; } = default!;

    [Inject] private QueueNotifier Notifier { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    /// <summary>A link may name the business (<c>/halls?line=社保医保</c>).</summary>
    [SupplyParameterFromQuery(Name = "line")] private string? LineFromLink { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _line = LineFromLink;
        await LoadAsync();
        _loaded = true;
        var throttle = new RefreshThrottle(Time, RefreshInterval, () => InvokeAsync(RefreshAsync));
        _throttle = throttle;
        _hoursChange = Time.CreateTimer(_ => throttle.Request(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        ScheduleHoursChange();
        foreach (var hall in _halls)
        {
            _subscriptions.Add(Notifier.Subscribe(hall.Code, OnQueueEventsAsync));
        }
    }

    private Task OnQueueEventsAsync(IReadOnlyList<QueueEvent> batch)
    {
        // Counters opening or closing, and the hall's hours, change what no event carries; a rating changes nothing here.
        if (batch.Any(e => e is CounterChangedEvent or HallChangedEvent))
        {
            _throttle?.Request();
        }

        // The ticket events carry the hall's line figures: those are drawn at once, without a query.
        return LiveViews.LatestLines(batch) is { } lines
            ? InvokeAsync(() =>
            {
                _halls = _halls.Select(h => h.Code == batch[0].Hall ? h with { Lines = lines } : h).ToList();
                _options = HallComparison.Order(_halls, _line);
                StateHasChanged();
            })
            : Task.CompletedTask;
    }

    private async Task RefreshAsync()
    {
        try
        {
            await LoadAsync();
            ScheduleHoursChange();
            StateHasChanged();
        }
        catch (Exception ex)
        {
            await DispatchExceptionAsync(ex);
        }
    }

    private async Task LoadAsync()
    {
        _halls = await Queries.HallsAsync();
        _delegated = await Delegations.ItemNamesByHallAsync();
        _lineNames = HallComparison.LineNames(_halls);
        if (_line is not null && !_lineNames.Contains(_line))
        {
            _line = null;
        }

        _options = HallComparison.Order(_halls, _line);
    }

    private void Choose(string? line)
    {
        _line = line;
        _options = HallComparison.Order(_halls, _line);
    }

    /// <summary>已下班 must appear at closing time even when no ticket moves then.</summary>
    private void ScheduleHoursChange()
    {
        if (_hoursChange is null || _halls.Select(h => h.Hours.ChangesAt).Min() is not { } next)
        {
            return;
        }

        var due = new DateTimeOffset(next, TimeSpan.Zero) - Time.GetUtcNow();
        _hoursChange.Change(due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }

        _throttle?.Dispose();
        _hoursChange?.Dispose();
    }
}
