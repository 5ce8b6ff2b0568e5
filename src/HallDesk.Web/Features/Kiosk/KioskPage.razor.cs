using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Web.Components;
using HallDesk.Web.Features.Appointments;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Features.Kiosk;

public sealed partial class KioskPage
{
    /// <summary>After this long without a touch the kiosk goes back to the start for the next citizen.</summary>
    public static readonly TimeSpan IdleReset = TimeSpan.FromSeconds(20);

    /// <summary>In 长者模式 the citizen reads, listens and decides more slowly: three times as long.</summary>
    public static readonly TimeSpan ElderIdleReset = TimeSpan.FromSeconds(60);

    private HallSummary? _hall;
    private LineView? _line;
    private IssueTicket.Result? _slip;
    private TimeOnly? _appointmentSlot;
    private bool _checkingIn;
    private bool _reprinting;
    private bool _guiding;
    private bool _lookingUp;
    private FindTicketByPhone.Found? _reprint;
    private string? _error;
    private bool _busy;
    private bool _loaded;
    private bool _elder;
    private string? _say;
    private IDisposable? _subscription;
    private ITimer? _idle;
    private ITimer? _hours;
    private System.Threading.RateLimiting.RateLimiter? _screenLimit;

    [Parameter] public string Hall { get; set; } = "";

    [Inject] private QueueQueries Queries { get; set; } = default!;
    [Inject] private IssueTicket Issue { get; set; } = default!;
    [Inject] private CheckInAppointment CheckIn { get; set; } = default!;
    [Inject] private FindTicketByPhone FindByPhone { get; set; } = default!;
    [Inject] private QueueNotifier Notifier { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [Inject] private DoorLimiter Limits { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;

    [CascadingParameter] private ClientAddress? Address { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _screenLimit = Limits.ForKiosk();
        await LoadAsync();
        _loaded = true;
        if (_hall is not null)
        {
            _subscription = Notifier.Subscribe(_hall.Code, OnQueueEventsAsync);
            WatchOpeningHours();
        }
    }

    /// <summary>At opening and closing time the tiles turn from 已下班 to the line figures and back, without a touch.</summary>
    private void WatchOpeningHours()
    {
        _hours?.Dispose();
        if (_hall?.Hours.ChangesAt is { } at)
        {
            var due = at - Time.GetUtcNow().UtcDateTime;
            _hours = Time.CreateTimer(_ => InvokeAsync(async () =>
            {
                await LoadAsync();
                WatchOpeningHours();
                StateHasChanged();
            }), null, due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>
    /// 今日已满: a number of this line, taken now, would be called after closing (the issue refuses it for the same reason).
    /// The tile says so before the tap; the figures every ticket event brings redraw it.
    /// </summary>
    private bool Full(LineView line) =>
        _hall is { Open: true } hall && Domain.Queue.Hall.WaitPassesClosing(Time.GetUtcNow().UtcDateTime, line.EstimatedWaitMinutes, hall.Hours.ChangesAt);

    /// <summary>
    /// A tile's grid cell: MudItem's classes as plain markup. The start screen's cells, headings and tile texts are plain
    /// elements with MudBlazor's classes (the same look), not MudItem/MudText components: each component costs every
    /// open kiosk circuit its state and two render-tree buffers all day.
    /// </summary>
    private string Item => _elder ? "mud-grid-item mud-grid-item-xs-12 mud-grid-item-sm-12" : "mud-grid-item mud-grid-item-xs-12 mud-grid-item-sm-6";

    /// <summary>A closed hall's tiles, and a full line's, say so and take no tap: the citizen learns it before choosing, not after.</summary>
    private void Choose(LineView line)
    {
        if (_hall?.Open == true && !Full(line))
        {
            _line = line;
            Say(L["Kiosk.SpeakLine", line.Name]);
        }
    }

    private void ToggleElder()
    {
        _elder = !_elder;
        Say(_elder ? L["Kiosk.SpeakElderOn"].Value : null);
    }

    /// <summary>In 长者模式 the kiosk speaks its answer aloud once it is on the screen (see kiosk.js).</summary>
    private Task? _script;

    private void Say(string? text) => _say = _elder ? text : null;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            await KioskScriptAsync();
        }

        if (_say is { } text)
        {
            _say = null;
            await KioskScriptAsync();
            await JS.InvokeVoidAsync("hallDeskKiosk.speak", text);
        }
    }

    /// <summary>
    /// kiosk.js is the kiosk's alone, so the kiosk loads it (fingerprinted) rather than every page's head; every call
    /// waits for it, also after an in-circuit navigation from the home page.
    /// </summary>
    private Task KioskScriptAsync() => _script ??= JS.InvokeVoidAsync("import", "./" + Assets["js/kiosk.js"]).AsTask();

    /// <summary>The ticket events carry the hall's line figures: the tiles take them, no query.</summary>
    private Task OnQueueEventsAsync(IReadOnlyList<QueueEvent> batch) =>
        batch.Any(e => e is HallChangedEvent)
            ? InvokeAsync(async () =>
            {
                // A renamed line or hall: the tiles read the hall again (the event says only that something changed).
                await LoadAsync();
                StateHasChanged();
            })
        : LiveViews.LatestLines(batch) is { } lines
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
        {
            _slip = await Issue.HandleAsync(new IssueTicket.Command(_hall!.Code, _line.Code, choice.Phone, choice.Green), actor);
            Say(L["Kiosk.SpeakTicket", _slip.Number, _slip.LineName, _slip.Ahead]);
        });

    private Task CheckInAsync((string? Code, string? IdNumber) entry) =>
        RunAsync(async actor =>
        {
            var result = await CheckIn.HandleAsync(new CheckInAppointment.Command(_hall!.Code, entry.Code, entry.IdNumber), actor);
            _appointmentSlot = result.Slot;
            _slip = result.Ticket;
            Say(L["Kiosk.SpeakTicket", _slip.Number, _slip.LineName, _slip.Ahead]);
        });

    /// <summary>补打号票: behind the same screen and address limits as 取号, so phone numbers cannot be tried in bulk.</summary>
    private Task FindByPhoneAsync(string phone) =>
        RunAsync(async _ => _reprint = await FindByPhone.HandleAsync(_hall!.Code, phone));

    /// <summary>The stored slip of the ticket found, printed as the first one was; then the kiosk is ready for the next citizen.</summary>
    private async Task ReprintAsync()
    {
        if (_reprint is { } found)
        {
            await KioskScriptAsync();
            await JS.InvokeVoidAsync("hallDeskKiosk.print", SlipUrl(found.Hall, found.Number));
        }

        EndVisit();
    }

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

    /// <summary>
    /// The slip archived when the ticket was issued (the figures the screen showed), printed by a hidden frame of this
    /// page, never a new tab over the kiosk; then the screen is ready for the next citizen.
    /// </summary>
    private async Task PrintAsync()
    {
        if (_slip is { } slip)
        {
            await KioskScriptAsync();
            await JS.InvokeVoidAsync("hallDeskKiosk.print", SlipUrl(slip.Hall, slip.Number));
        }

        EndVisit();
    }

    public static string SlipUrl(string hall, string number) =>
        $"/api/v1/halls/{Uri.EscapeDataString(hall)}/tickets/{Uri.EscapeDataString(number)}/slip";

    private void Touch()
    {
        _idle?.Dispose();
        _idle = Time.CreateTimer(_ => InvokeAsync(() =>
        {
            EndVisit();
            StateHasChanged();
        }), null, _elder ? ElderIdleReset : IdleReset, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The citizen is done (or gone): the next one finds the kiosk as it starts, in its normal mode.</summary>
    private void EndVisit()
    {
        Reset();
        _elder = false;
        _say = null;
    }

    private void Reset()
    {
        _line = null;
        _slip = null;
        _error = null;
        _checkingIn = false;
        _reprinting = false;
        _guiding = false;
        _lookingUp = false;
        _reprint = null;
        _appointmentSlot = null;
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _idle?.Dispose();
        _hours?.Dispose();
        _screenLimit?.Dispose();
    }
}
