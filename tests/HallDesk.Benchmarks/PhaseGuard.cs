namespace HallDesk.Benchmarks;

/// <summary>
/// Each phase runs against a budget of its own (<c>--guard-minutes</c> sets one for every phase): the guard scales with
/// the phases asked for. When a budget runs out, the phase's token is cancelled; a phase that does not stop within
/// <see cref="Grace"/> after that is abandoned (<see cref="Abandoned"/>), so a hang can never hold the run.
/// </summary>
public sealed class PhaseGuard : IDisposable
{
    private readonly BenchOptions _options;
    private readonly TaskCompletionSource<string> _abandoned = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _finished = [];
    private CancellationTokenSource? _budget;
    private Timer? _watchdog;

    public PhaseGuard(BenchOptions options) => _options = options;

    /// <summary>The phase running now (or the last one started).</summary>
    public string? Phase { get; private set; }

    /// <summary>Completes, with the phase's name, when a phase has not stopped <see cref="Grace"/> after its budget ran out.</summary>
    public Task<string> Abandoned => _abandoned.Task;

    /// <summary>Whether the running phase's budget has run out.</summary>
    public bool OutOfTime => _budget?.IsCancellationRequested == true;

    /// <summary>The phases asked for that finished, in order.</summary>
    public IReadOnlyList<string> Finished => _finished;

    /// <summary>Time a cancelled phase has to stop (close its boards, its app) before it is abandoned.</summary>
    public TimeSpan Grace => TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(1).Ticks, Budget(Phase ?? "").Ticks));

    /// <summary>The phase's own budget: what it takes on this project's machine under load, with room to spare.</summary>
    public TimeSpan Budget(string phase)
    {
        if (_options.GuardMinutes is { } minutes)
        {
            return TimeSpan.FromMinutes(minutes);
        }

        var full = phase switch
        {
            Benchmarks.Phase.WholeDay => 25,
            Benchmarks.Phase.BusyDay => 8,
            // 10, 25 and 50 kiosk and board pages in Chromium: 7.3 minutes on the quiet machine on 2026-12-06.
            Benchmarks.Phase.City or Benchmarks.Phase.Circuits => 12,
            Benchmarks.Phase.Receipts or Benchmarks.Phase.Report or Benchmarks.Phase.FirstLoad => 3,
            _ => 6,
        };
        return TimeSpan.FromMinutes(_options.Quick ? Math.Max(2, full / 4) : full);
    }

    /// <summary>The budget of the phases asked for, together: the most a run can take before it is stopped.</summary>
    public TimeSpan Total => TimeSpan.FromTicks(BenchOptions.Phases.Where(_options.Runs).Sum(p => Budget(p).Ticks));

    /// <summary>Starts a phase's clock (the one before it counts as finished); the token is cancelled when its budget runs out.</summary>
    public CancellationToken Start(string phase)
    {
        Finish();
        Phase = phase;
        _budget = new CancellationTokenSource(Budget(phase));
        var grace = Grace;
        _watchdog = new Timer(_ => _abandoned.TrySetResult(phase), null, Budget(phase) + grace, Timeout.InfiniteTimeSpan);
        return _budget.Token;
    }

    /// <summary>The running phase ended: within its budget (<paramref name="ok"/>), or failed.</summary>
    public void Finish(bool ok = true)
    {
        _watchdog?.Dispose();
        _watchdog = null;
        if (ok && Phase is not null && _budget is { IsCancellationRequested: false } && !_finished.Contains(Phase))
        {
            _finished.Add(Phase);
        }

        _budget?.Dispose();
        _budget = null;
    }

    public void Dispose()
    {
        _watchdog?.Dispose();
        _budget?.Dispose();
    }
}
