using System.Globalization;
using HallDesk.Web.Features.Live;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using HallDesk.Data;

namespace HallDesk.Web.Features.Manager;

/// <summary>
/// The hall manager's live dashboard. Data arrives by queue events (no polling); a 30-second timer only redraws
/// durations and re-evaluates the time-based alerts against the last snapshot.
/// </summary>
public partial class ManagerLivePage
{
    private const string ChimeSource = "/assets/sounds/chime.wav";

    private HallLive? _live;
    private IReadOnlyList<HallAlert> _alerts = [];
    private bool _interactive;
    private bool _loaded;
    private bool _readOnly;
    private IDisposable? _subscription;
    private string _hall = "";
    private CoalescedReload? _reload;
    private bool _everythingStale;
    private int _batches;
    private ITimer? _ticker;
    private IJSObjectReference? _module;

    [Inject] private HallLiveQuery Query { get; set; } = default!;

    [Inject] private QueueNotifier Notifier { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    [Inject] private IJSRuntime JS { get; set; } = default!;

    [CascadingParameter] private StaffMember CurrentStaff { get; set; } = default!;

    /// <summary>
    /// <c>/manager?hall=XY</c>: a district role opens any hall's dashboard, read-only (the district screen links here). Anyone
    /// else sees their own hall whatever the link says.
    /// </summary>
    [SupplyParameterFromQuery(Name = "hall")] private string? HallFromLink { get; set; }

    protected override async Task OnInitializedAsync()
    {
        var hall = CurrentStaff.IsDistrict && !string.IsNullOrWhiteSpace(HallFromLink) ? HallFromLink.Trim().ToUpperInvariant() : CurrentStaff.HallCode;
        // Only the hall's own manager (or Admin in their hall) acts here; a district role watches.
        _readOnly = hall != CurrentStaff.HallCode || !(CurrentStaff.IsAdmin || CurrentStaff.Roles.Contains(Roles.Manager));
        _live = await Query.LoadAsync(hall);
        _loaded = true;
        // Alerts already there when the page opens are not news: only later ones chime.
        _alerts = CurrentAlerts();
        _hall = hall;
        _reload = new CoalescedReload(() => InvokeAsync(ReloadAsync));
        _subscription = Notifier.Subscribe(hall, batch => InvokeAsync(() => OnQueueEventsAsync(batch)));
        _ticker = Time.CreateTimer(_ => InvokeAsync(async () =>
        {
            await RefreshAlertsAsync();
            StateHasChanged();
        }), null, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30));
    }

    // Its own flag rather than InteractiveMarker: the chime needs JS, which only an interactive render has.
    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;
            StateHasChanged();
        }
    }

    /// <summary>Draws the event's figures at once; what the event lacks (today's figures) follows in one coalesced read.</summary>
    private async Task OnQueueEventsAsync(IReadOnlyList<QueueEvent> batch)
    {
        if (_live is null)
        {
            return;
        }

        _batches++;
        var stale = _live.Stale(batch);
        _live = _live.Apply(batch);
        if (stale != HallLiveStale.Nothing)
        {
            _everythingStale |= stale == HallLiveStale.Everything;
            _reload?.Request();
        }

        await RefreshAlertsAsync();
        StateHasChanged();
    }

    private async Task ReloadAsync()
    {
        try
        {
            var batches = _batches;
            if (_everythingStale || _live is null)
            {
                _everythingStale = false;
                _live = await Query.LoadAsync(_hall);
                if (_batches != batches)
                {
                    // Events drawn while the snapshot was read may be missing from it: read it once more.
                    _everythingStale = true;
                    _reload?.Request();
                }
            }
            else
            {
                var figures = await Query.FiguresAsync(_hall);
                _live = _live?.With(figures);
            }

            await RefreshAlertsAsync();
            StateHasChanged();
        }
        catch (Exception ex)
        {
            await DispatchExceptionAsync(ex);
        }
    }

    private IReadOnlyList<HallAlert> CurrentAlerts() => _live is null
        ? []
        : HallAlerts.Of(_live.Snapshot, _live.Thresholds, _live.Today.CasesAtRed, _live.OverdueRectifications, Time.GetUtcNow().UtcDateTime,
            CurrentStaff.IsDistrict ? _live.MissingScheduleYear : null);

    private async Task RefreshAlertsAsync()
    {
        var current = CurrentAlerts();
        var isNew = HallAlerts.HasNew(_alerts, current);
        _alerts = current;
        if (isNew && _interactive)
        {
            await ChimeAsync();
        }
    }

    private async Task ChimeAsync()
    {
        try
        {
            _module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./Features/Manager/ManagerLivePage.razor.js");
            if (_module is not null)
            {
                await _module.InvokeVoidAsync("chime", ChimeSource);
            }
        }
        catch (JSException)
        {
            // A sound is a nicety: the alert is on the screen either way.
        }
        catch (JSDisconnectedException)
        {
            // The manager closed the page while the chime was on its way.
        }
    }

    /// <summary>Read-only, an alert links only where the reader acts: the calendar, which district roles keep.</summary>
    private bool MayFollow(HallAlert alert) => !_readOnly || alert.Kind.StartsWith("calendar-", StringComparison.Ordinal);

    private int MinutesSince(DateTime since) => Math.Max(0, (int)(Time.GetUtcNow().UtcDateTime - since).TotalMinutes);

    private string Minutes(double? minutes) => minutes is { } m ? L["Dash.MinutesValue", m.ToString("0.#", CultureInfo.CurrentCulture)] : "—";

    private static string Percent(double? rate) => rate is { } r ? r.ToString("0.0%", CultureInfo.InvariantCulture) : "—";

    private string TileStyle(CounterView c)
    {
        var minutes = c.StateSince is { } s ? MinutesSince(s) : 0;
        return c.State switch
        {
            "Serving" when minutes >= _live!.Thresholds.ServiceMinutes => "background:#fdecea;border-left:4px solid #c0392b",
            "Serving" => "background:#e8f5e9",
            "Open" => "background:#e3f2fd",
            "Paused" when minutes >= _live!.Thresholds.PauseMinutes => "background:#ffe0b2;border-left:4px solid #e67e22",
            "Paused" => "background:#fff3e0",
            _ => "background:#f5f5f5",
        };
    }

    public async ValueTask DisposeAsync()
    {
        _subscription?.Dispose();
        if (_ticker is not null)
        {
            await _ticker.DisposeAsync();
        }

        if (_module is not null)
        {
            try
            {
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is already gone, and the module with it.
            }
        }

        GC.SuppressFinalize(this);
    }
}
