using HallDesk.Data;
using HallDesk.Web.Components;
using HallDesk.Domain.Evaluations;
using HallDesk.Domain;
using HallDesk.Web.Features.Live;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Features.Queue;

public sealed partial class CounterConsolePage
{
    private ConsoleState? _state;
    private bool _interactive;
    private IDisposable? _subscription;
    private CoalescedReload? _reload;
    private DotNetObjectReference<CounterConsolePage>? _self;
    private Actor _actor = new("", "", null);
    private string? _lastFinished;
    private DateOnly _lastFinishedDay;
    private EvaluationLevel? _lastRating;
    private IReadOnlyList<FinishService.ServiceCase> _lastCases = [];
    /// <summary>The form open under the buttons ("pause", "transfer"), opened by its button or its key.</summary>
    private string? _form;
    private bool _focusPending;
    /// <summary>The clerk's own action is under way; it reads the console again once answered (<see cref="RunAsync"/>).</summary>
    private bool _acting;
    /// <summary>The tab shown on the right; 今日已服务 is read only while its tab is.</summary>
    private int _tab;
    private const int ServedTab = 3;
    /// <summary>The state read since the served tab opened holds its rows.</summary>
    private bool _servedRead;

    [Inject] private CounterConsoleQuery Query { get; set; } = default!;
    [Inject] private QueueNotifier Notifier { get; set; } = default!;
    [Inject] private OpenCounter Open { get; set; } = default!;
    [Inject] private PauseCounter Pause { get; set; } = default!;
    [Inject] private ResumeCounter Resume { get; set; } = default!;
    [Inject] private CloseCounter Close { get; set; } = default!;
    [Inject] private CallNextTicket CallNext { get; set; } = default!;
    [Inject] private CallGivenTicket CallGiven { get; set; } = default!;
    [Inject] private RecallTicket Recall { get; set; } = default!;
    [Inject] private StartService Start { get; set; } = default!;
    [Inject] private MarkNoShow NoShow { get; set; } = default!;
    [Inject] private ParkTicket Park { get; set; } = default!;
    [Inject] private ResumeParkedTicket ResumeParked { get; set; } = default!;
    [Inject] private TransferTicket Transfer { get; set; } = default!;
    [Inject] private FinishService Finish { get; set; } = default!;
    [Inject] private RejoinTicket Rejoin { get; set; } = default!;
    [Inject] private MarkAssisted Assisted { get; set; } = default!;
    [Inject] private SetPriorityOnly PriorityOnly { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private UserAction Act { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;

    [CascadingParameter] private StaffMember CurrentStaff { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _actor = CurrentStaff.Actor;
        await ReloadAsync();
        _reload = new CoalescedReload(() => InvokeAsync(async () =>
        {
            await ReloadAsync();
            StateHasChanged();
        }));
        _subscription = Notifier.Subscribe(_state!.Clerk.HallCode, batch => InvokeAsync(() => OnQueueEvents(batch)));
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _self = DotNetObjectReference.Create(this);
            // The console's own script, loaded here (fingerprinted) rather than in every page's head.
            await JS.InvokeVoidAsync("import", "./" + Assets["js/counter-console.js"]);
            await JS.InvokeVoidAsync("hallDeskHotkeys.register", _self, ConsoleActions.ByKey.Keys);
            // Its own marker rather than InteractiveMarker: "interactive" here means the function keys work too.
            _interactive = true;
            StateHasChanged();
        }
        else if (_focusPending && _state is not null)
        {
            _focusPending = false;
            await JS.InvokeVoidAsync("hallDeskHotkeys.focus", ConsoleActions.FocusAfter(_state, _form));
        }
    }

    /// <summary>
    /// A function key from the browser (F2 叫号 … F10 暂停, Esc closes a form). A call from JavaScript is not a UI
    /// event, so nothing redraws the console after it on its own: the key redraws it when its action ends, whatever
    /// the outcome, or the buttons would stay grey until some hall event happened to arrive.
    /// </summary>
    [JSInvokable]
    public Task OnKeyAsync(string key) => InvokeAsync(async () =>
    {
        if (_state?.MyCounter is null || !ConsoleActions.ByKey.TryGetValue(key, out var action))
        {
            return;
        }

        try
        {
            // A key does what its button would do, and nothing when its button is grey.
            if (action == "cancel" || (!Act.Busy && ConsoleActions.CanRun(_state, action)))
            {
                await HandleActionAsync(action);
            }
        }
        finally
        {
            StateHasChanged();
        }
    });

    private async Task ReloadAsync()
    {
        var withServed = _tab == ServedTab;
        _state = await Query.LoadAsync(_actor.UserId, withServed);
        _servedRead = withServed && _tab == ServedTab;
        // A rating, once given, never changes: stop asking once it is known.
        if (_lastFinished is not null && _lastRating is null)
        {
            _lastRating = await Query.VisitRatingAsync(_state.Clerk.HallCode, _lastFinishedDay, _lastFinished);
        }
    }

    /// <summary>Another counter's call moves only the lines and counters the event carries; the rest is read when touched.</summary>
    private void OnQueueEvents(IReadOnlyList<QueueEvent> batch)
    {
        if (_state is null)
        {
            return;
        }

        // During the clerk's own action the reload that ends it reads after this commit (its events are published before
        // its caller is answered): one read per click, not one for the click and one for its events.
        if (_state.NeedsReload(batch) && !_acting)
        {
            _reload?.Request();
        }

        _state = _state.Apply(batch);
        if (_lastFinished is not null && _lastRating is null
            && batch.OfType<EvaluationSubmittedEvent>().LastOrDefault(e => e.TicketNumber == _lastFinished && e.Counter == _state.MyCounter?.Number) is { } rated)
        {
            _lastRating = (EvaluationLevel)rated.Level;
        }

        StateHasChanged();
    }

    /// <summary>Another tab: 今日已服务 is read when its tab opens, and with every reload while it stays open.</summary>
    private async Task ShowTabAsync(int tab)
    {
        _tab = tab;
        _servedRead = false;
        if (tab == ServedTab)
        {
            await ReloadAsync();
        }
    }

    private Task OpenAsync(int counter) =>
        RunAsync(a => Open.HandleAsync(a, _state!.Clerk.HallCode, counter), L["Console.Done.Opened", counter]);

    private Task SetPriorityOnlyAsync(bool on) =>
        RunAsync(a => PriorityOnly.HandleAsync(a, on), on ? L["Console.Done.PriorityOnlyOn"] : L["Console.Done.PriorityOnlyOff"]);

    private Task PauseAsync(string reason)
    {
        _form = null;
        return RunAsync(a => Pause.HandleAsync(a, reason), L["Console.Done.Paused"]);
    }

    private Task TransferAsync(TransferTicket.Command command)
    {
        _form = null;
        return RunAsync(a => Transfer.HandleAsync(a, command), L["Console.Done.Transferred"]);
    }

    /// <summary>指定呼叫; the form stays open with what was typed when the number is refused.</summary>
    private Task CallGivenAsync(CallGivenTicket.Command command) =>
        RunAsync(async a =>
        {
            var number = await CallGiven.HandleAsync(a, command);
            _form = null;
            Snackbar.Add(L["Console.Done.CalledGiven", number], Severity.Success);
        });

    /// <summary>Opens the form, or closes it when it is the one open (its button and key toggle it).</summary>
    private Task ToggleFormAsync(string? form)
    {
        _form = _form == form ? null : form;
        _focusPending = true;
        return Task.CompletedTask;
    }

    private Task ResumeParkedAsync(string number) => RunAsync(a => ResumeParked.HandleAsync(a, number), L["Console.Done.ResumedParked", number]);

    private Task RejoinAsync(string number) => RunAsync(a => Rejoin.HandleAsync(a, number), L["Console.Done.Rejoined", number]);

    private Task HandleActionAsync(string action) => action switch
    {
        "call" => RunAsync(async a =>
        {
            var number = await CallNext.HandleAsync(a);
            if (number is null)
            {
                Snackbar.Add(L["Console.Done.NobodyWaiting"], Severity.Info);
            }
        }),
        "recall" => RunAsync(a => Recall.HandleAsync(a)),
        "start" => RunAsync(a => Start.HandleAsync(a)),
        "noshow" => RunAsync(a => NoShow.HandleAsync(a), L["Console.Done.NoShow"]),
        "park" => RunAsync(a => Park.HandleAsync(a), L["Console.Done.Parked"]),
        "finish" => RunAsync(FinishAsync, L["Console.Done.Finished"]),
        "resume" => RunAsync(a => Resume.HandleAsync(a), L["Console.Done.Resumed"]),
        "close" => RunAsync(a => Close.HandleAsync(a), L["Console.Done.Closed"]),
        "assist" => RunAsync(a => Assisted.HandleAsync(a, true), L["Console.Done.Assisted"]),
        "unassist" => RunAsync(a => Assisted.HandleAsync(a, false), L["Console.Done.Unassisted"]),
        "transfer" or "pause" or "callgiven" => ToggleFormAsync(action),
        "cancel" => ToggleFormAsync(null),
        _ => Task.CompletedTask,
    };

    /// <summary>完成, remembering the ticket (and the cases the rating covers) so the panel can show "等待评价…" and then the rating given.</summary>
    private async Task FinishAsync(Actor actor)
    {
        var finished = await Finish.HandleAsync(actor);
        _lastFinished = finished.TicketNumber;
        _lastFinishedDay = finished.ServiceDate;
        _lastCases = finished.Cases;
        _lastRating = null;
    }

    private async Task RunAsync(Func<Actor, Task> action, string? success = null)
    {
        if (Act.Busy)
        {
            return;
        }

        try
        {
            _acting = true;
            await Act.RunAsync(() => action(_actor), success);
        }
        finally
        {
            _acting = false;
            await ReloadAsync();
            _focusPending = true;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _subscription?.Dispose();
        if (_self is not null)
        {
            try
            {
                await JS.InvokeVoidAsync("hallDeskHotkeys.unregister");
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone; so is the page's key handler.
            }

            _self.Dispose();
        }
    }
}
