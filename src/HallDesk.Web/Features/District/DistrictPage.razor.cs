using System.Globalization;
using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Manager;
using HallDesk.Web.Features.Queue;
using Microsoft.AspNetCore.Components;

namespace HallDesk.Web.Features.District;

/// <summary>
/// 区级实时监控: every hall on one page, each followed over its own queue events (one subscription per hall, no
/// polling) the way its dashboard follows it (<see cref="HallWatch"/>). A 30-second timer only redraws durations and
/// time-based alerts, and reads a hall's hours again when it opens or closes.
/// </summary>
public sealed partial class DistrictPage
{
    private IReadOnlyList<HallWatch>? _watches;
    private DateTime _now;
    private ITimer? _ticker;

    [Inject] private QueueQueries Queries { get; set; } = default!;

    [Inject] private HallLiveQuery Live { get; set; } = default!;

    [Inject] private QueueNotifier Notifier { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    /// <summary>This month's 好差评 of every hall (the export API, masked; district roles choose a hall there).</summary>
    private string EvaluationExportHref
    {
        get
        {
            var today = Hall.TodayIn(Hall.DefaultTimeZone, Time.GetUtcNow().UtcDateTime);
            return string.Create(CultureInfo.InvariantCulture, $"api/v1/evaluations/export?from={today:yyyy-MM}-01&to={today:yyyy-MM-dd}");
        }
    }

    protected override async Task OnInitializedAsync()
    {
        _now = Time.GetUtcNow().UtcDateTime;
        var halls = await Queries.HallsAsync();
        var watches = halls.Select(h => new HallWatch(h, Live, Queries, RunAsync, () => { StateHasChanged(); return Task.CompletedTask; })).ToList();
        // Read side by side: the page stands when the slowest hall is read, not after the sum of them.
        await Task.WhenAll(watches.Select(w => w.StartAsync(Notifier)));
        _watches = watches;
        _ticker = Time.CreateTimer(_ => InvokeAsync(Tick), null, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30));
    }

    private void Tick()
    {
        _now = Time.GetUtcNow().UtcDateTime;
        foreach (var watch in _watches ?? [])
        {
            watch.HoursPassed(_now);
        }

        StateHasChanged();
    }

    /// <summary>A hall's change, on the renderer; a failed read surfaces as the page's error, as on the dashboard.</summary>
    private Task RunAsync(Func<Task> change) => InvokeAsync(async () =>
    {
        try
        {
            _now = Time.GetUtcNow().UtcDateTime;
            await change();
        }
        catch (Exception ex)
        {
            await DispatchExceptionAsync(ex);
        }
    });

    public async ValueTask DisposeAsync()
    {
        foreach (var watch in _watches ?? [])
        {
            watch.Dispose();
        }

        if (_ticker is not null)
        {
            await _ticker.DisposeAsync();
        }
    }
}
