using HallDesk.Domain.Evaluations;
using HallDesk.Domain.Queue;
using HallDesk.Domain;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Components;
using HallDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Features.Evaluation;

/// <summary>
/// 评价器: the tablet paired to a counter (its device secret in a cookie). Idle it shows who serves; when that
/// counter finishes a service it asks the citizen for a rating (一次一评), thanks them, and goes back to idle.
/// A browser that is not a paired pad is sent to the pairing form and hears nothing; a staff sign-in is no pad.
/// </summary>
public sealed partial class RatingPadPage
{
    /// <summary>How long the thanks stay before the pad shows the clerk again.</summary>
    public static readonly TimeSpan ThanksShown = TimeSpan.FromSeconds(5);

    /// <summary>A prompt nobody touches for this long is dropped (the citizen has left).</summary>
    public static readonly TimeSpan PromptTimeout = TimeSpan.FromSeconds(60);

    private enum PadMode
    {
        Idle,
        Prompt,
        Thanks,
    }

    private CounterView? _counter;
    private bool _staffSignedIn;
    private string? _hall;
    private bool _loaded;
    private PadMode _mode;
    private string? _ticket;
    private EvaluationLevel? _level;
    private string? _error;
    private bool _busy;
    private IDisposable? _subscription;
    private ITimer? _timer;
    private int _timerGeneration;

    /// <summary>The old /pad/am03 addresses still open the pad; which counter it serves is the pairing's to say, not the address's.</summary>
    [Parameter] public string? Code { get; set; }

    [CascadingParameter] private PadDevice? Device { get; set; }

    [CascadingParameter] private ClientAddress? Address { get; set; }

    [CascadingParameter] private Task<AuthenticationState>? AuthState { get; set; }

    [Inject] private EvaluationQueries Evaluations { get; set; } = default!;
    [Inject] private QueueQueries Queue { get; set; } = default!;
    [Inject] private SubmitEvaluation Submit { get; set; } = default!;
    [Inject] private QueueNotifier Notifier { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        if (AuthState is not null && (await AuthState).User.Identity?.IsAuthenticated == true)
        {
            // The clerk's own browser: a rating from here would be the clerk rating themselves.
            _staffSignedIn = true;
            _loaded = true;
            return;
        }

        var pad = await Evaluations.PadAsync(Device?.Secret);
        if (pad is null)
        {
            _loaded = true;
            Navigation.NavigateTo(PadPairPage.Route, forceLoad: true);
            return;
        }

        _hall = pad.HallCode;
        // The snapshot knows whether the counter is paused; the pad's own record only who holds it.
        var snapshot = await Queue.SnapshotAsync(pad.HallCode);
        _counter = snapshot?.Counters.FirstOrDefault(c => c.Number == pad.CounterNumber)
            ?? new CounterView(pad.CounterNumber, pad.CounterName, (pad.ClerkName is null ? CounterState.Closed : CounterState.Open).ToString(),
                "", null, pad.ClerkName, pad.ClerkStaffNumber, null, null, []);
        _subscription = Notifier.Subscribe(pad.HallCode, OnQueueEventsAsync);
        _loaded = true;
    }

    private Task OnQueueEventsAsync(IReadOnlyList<QueueEvent> batch)
    {
        if (_counter is null || !string.Equals(batch[0].Hall, _hall, StringComparison.OrdinalIgnoreCase))
        {
            return Task.CompletedTask;
        }

        var number = _counter.Number;
        var done = batch.OfType<TicketChangedEvent>().LastOrDefault(e => e.Status == nameof(TicketStatus.Done) && e.Counter == number);
        var changed = batch.OfType<CounterChangedEvent>().LastOrDefault(e => e.Counter.Number == number);
        if (done is null && changed is null)
        {
            return Task.CompletedTask;
        }

        return InvokeAsync(async () =>
        {
            if (changed is not null)
            {
                _counter = changed.Counter;
            }

            // Unpaired since the page opened: the finished service is no longer this device's to ask about.
            if (done is not null && await StillPairedAsync())
            {
                ShowPrompt(done.Number);
            }

            StateHasChanged();
        });
    }

    private void ShowPrompt(string ticket)
    {
        _mode = PadMode.Prompt;
        _ticket = ticket;
        _level = null;
        _error = null;
        Arm(PromptTimeout);
    }

    private async Task ChooseAsync(EvaluationLevel level)
    {
        _level = level;
        _error = null;
        Arm(PromptTimeout);
        if (!EvaluationTerms.IsBad(level))
        {
            // A good or middling level needs nothing more: one touch and done.
            await SubmitAsync(([], null));
        }
    }

    private async Task SubmitAsync((IReadOnlyList<string> Indicators, string? Comment) details)
    {
        if (_busy || _ticket is null || _level is not { } level)
        {
            return;
        }

        _busy = true;
        _error = null;
        try
        {
            await Submit.RateVisitAsync(Device?.Secret, _ticket, new SubmitEvaluation.Rating(level, details.Indicators, details.Comment),
                Data.Actor.Anonymous(Address?.Value, "评价器"));
            _mode = PadMode.Thanks;
            Arm(ThanksShown);
        }
        catch (Exception ex) when (ex is DomainException or NotFoundException)
        {
            _error = Texts.Of(ex);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task<bool> StillPairedAsync()
    {
        var pad = await Evaluations.PadAsync(Device?.Secret);
        if (pad is not null && pad.HallCode == _hall && pad.CounterNumber == _counter?.Number)
        {
            return true;
        }

        _subscription?.Dispose();
        _subscription = null;
        _counter = null;
        Navigation.NavigateTo(PadPairPage.Route, forceLoad: true);
        return false;
    }

    /// <summary>Any touch on the prompt keeps it open for another minute.</summary>
    private void Touch()
    {
        if (_mode == PadMode.Prompt)
        {
            Arm(PromptTimeout);
        }
    }

    private void Arm(TimeSpan after)
    {
        _timer?.Dispose();
        // A timer replaced while its callback was already queued must not reset the newer screen.
        var generation = ++_timerGeneration;
        _timer = Time.CreateTimer(_ => InvokeAsync(() =>
        {
            if (generation != _timerGeneration)
            {
                return;
            }

            BackToIdle();
            StateHasChanged();
        }), null, after, Timeout.InfiniteTimeSpan);
    }

    private void BackToIdle()
    {
        _mode = PadMode.Idle;
        _ticket = null;
        _level = null;
        _error = null;
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _timer?.Dispose();
    }
}
