using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Web.Components;
using HallDesk.Web.Features.Appointments;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Components;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Features.Kiosk;

public sealed partial class KioskPage
{
    /// <summary>After this long without a touch the kiosk goes back to the start for the next citizen.</summary>
    public static readonly TimeSpan IdleReset = TimeSpan.FromSeconds(20);

    private HallSummary? _hall;
    private LineView? _line;
    private IssueTicket.Result? _slip;
    private TimeOnly? _appointmentSlot;
    private bool _checkingIn;
    private string? _error;
    private bool _busy;
    private bool _loaded;
    private bool _elder;
    private IDisposable? _subscription;
    private ITimer? _idle;
    private System.Threading.RateLimiting.RateLimiter? _screenLimit;

    [Parameter] public string Hall { get; set; } = "";

    [Inject] private QueueQueries Queries { get; set; } = default!;
    [Inject] private IssueTicket Issue { get; set; } = default!;
    [Inject] private CheckInAppointment CheckIn { get; set; } = default!;
    [Inject] private QueueNotifier Notifier { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [Inject] private DoorLimiter Limits { get; set; } = default!;

    [CascadingParameter] private ClientAddress? Address { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _screenLimit = Limits.ForKiosk();
        await LoadAsync();
        _loaded = true;
        if (_hall is not null)
        {
            _subscription = Notifier.Subscribe(_hall.Code, OnQueueEventsAsync);
        }
    }

    /// <summary>The ticket events carry the hall's line figures: the tiles take them, no query.</summary>
    private Task OnQueueEventsAsync(IReadOnlyList<QueueEvent> batch) =>
        LiveViews.LatestLines(batch) is { } lines
            ? InvokeAsync(() =>
            {
                _hall = _hall! with { Lines = lines };
                StateHasChanged();
            })
            : Task.CompletedTask;

    private async Task LoadAsync() =>
        _hall = await Queries.HallAsync(Hall);

    private Task IssueAsync((string? Phone, bool Green) choice) =>
        _line is null ? Task.CompletedTask : RunAsync(async actor =>
            _slip = await Issue.HandleAsync(new IssueTicket.Command(_hall!.Code, _line.Code, choice.Phone, choice.Green), actor));

    private Task CheckInAsync((string? Code, string? IdNumber) entry) =>
        RunAsync(async actor =>
        {
            var result = await CheckIn.HandleAsync(new CheckInAppointment.Command(_hall!.Code, entry.Code, entry.IdNumber), actor);
            _appointmentSlot = result.Slot;
            _slip = result.Ticket;
        });

    private async Task RunAsync(Func<Actor, Task> step)
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        _error = null;
        try
        {
            // This screen's own limit first, then its address's (shared with the API), before anything is written.
            using var screen = _screenLimit!.AttemptAcquire();
            if (!screen.IsAcquired || !Limits.TryEnter(Door.Tickets, Address?.Value))
            {
                _error = Texts.Error(PublicDoors.TooManyTickets);
                return;
            }

            await step(Actor.Anonymous(Address?.Value, "kiosk"));
        }
        catch (Exception ex) when (ex is InputException or DomainException or NotFoundException or FieldErrorsException)
        {
            _error = Texts.Of(ex);
        }
        catch (Exception ex) when (StoreUnavailable.Is(ex))
        {
            // Nothing was committed: the citizen is told so, and no slip is shown.
            _error = StoreUnavailable.Message;
        }
        finally
        {
            _busy = false;
            Touch();
        }
    }

    private void Touch()
    {
        _idle?.Dispose();
        _idle = Time.CreateTimer(_ => InvokeAsync(() =>
        {
            Reset();
            StateHasChanged();
        }), null, IdleReset, Timeout.InfiniteTimeSpan);
    }

    private void Reset()
    {
        _line = null;
        _slip = null;
        _error = null;
        _checkingIn = false;
        _appointmentSlot = null;
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _idle?.Dispose();
        _screenLimit?.Dispose();
    }
}
