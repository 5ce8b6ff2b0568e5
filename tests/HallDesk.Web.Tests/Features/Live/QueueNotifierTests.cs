using HallDesk.Web.Features.Live;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace HallDesk.Web.Tests.Features.Live;

/// <summary>
/// The notifier on its own, over a hub that records: a commit's events reach each screen as one batch, in the
/// background, in order, and no screen (slow or broken) holds up the clerk or the other screens.
/// </summary>
public sealed class QueueNotifierTests
{
    /// <summary>Only bounds a test that would otherwise hang on the old, awaiting delivery.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private static readonly DateTime At = new(2026, 12, 1, 1, 0, 0, DateTimeKind.Utc);

    private readonly RecordingHub _hub = new();
    private readonly ListLogger<QueueNotifier> _log = new();
    private readonly QueueNotifier _notifier;

    public QueueNotifierTests() => _notifier = new QueueNotifier(_hub, new HallSendOrder(), new HallScreens(), _log);

    [Fact]
    public async Task PublishAsync_ASubscriberStillBusy_ReturnsAfterTheHubSendWithoutWaitingForIt()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handled = 0;
        using var slow = _notifier.Subscribe("AM", async _ =>
        {
            entered.TrySetResult();
            await release.Task;
            Interlocked.Increment(ref handled);
        });

        await _notifier.PublishAsync(Called("A001")).WaitAsync(Bound);

        Assert.Equal(["A001"], _hub.Sent.Select(Number));
        await entered.Task.WaitAsync(Bound);
        Assert.Equal(0, Volatile.Read(ref handled));
        release.SetResult();
        await _notifier.IdleAsync().WaitAsync(Bound);
        Assert.Equal(1, handled);
    }

    [Fact]
    public async Task PublishAsync_SeveralEventsOfOneCommit_ReachASubscriberInOneCall_AndTheHubInOneMessageInOrder()
    {
        var calls = new List<IReadOnlyList<QueueEvent>>();
        using var screen = Record("AM", calls);
        QueueEvent[] commit = [Called("A002"), Counter(1, "A002"), Changed("A001", "Done")];

        await _notifier.PublishAsync(commit);
        await _notifier.IdleAsync().WaitAsync(Bound);

        var batch = Assert.Single(calls);
        Assert.Equal(commit, batch);
        Assert.Equal(commit, Assert.Single(_hub.Batches).Events);
    }

    [Fact]
    public async Task PublishAsync_ACommitWithAnEvaluation_TheHubMessageLeavesItOut_AndCarriesTheLastLineFiguresOnce()
    {
        LineView[] before = [new("A", "综合受理", 3, 15, 20)];
        LineView[] after = [new("A", "综合受理", 2, 10, 20)];
        var evaluation = new EvaluationSubmittedEvent("AM", 1, "A001", null, 5, "非常满意");

        await _notifier.PublishAsync([Changed("A001", "Done") with { Lines = before }, evaluation, Called("A002") with { Lines = after }, Counter(1, "A002")]);
        await _notifier.PublishAsync(evaluation);

        var sent = Assert.Single(_hub.Batches);
        Assert.Equal(["TicketChangedEvent", "TicketCalledEvent", "CounterChangedEvent"], sent.Events.Select(e => e.GetType().Name));
        Assert.Same(after, sent.Lines);
    }

    [Fact]
    public async Task PublishAsync_OneSubscriberThrowsAndOneIsBlocked_TheOthersStillHear_AndTheFailureIsLogged()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thrown = 0;
        using var broken = _notifier.Subscribe("AM", _ =>
        {
            Interlocked.Increment(ref thrown);
            throw new InvalidOperationException("a broken screen");
        });
        using var blocked = _notifier.Subscribe("AM", _ => release.Task);
        var heard = new TaskCompletionSource<IReadOnlyList<QueueEvent>>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var healthy = _notifier.Subscribe("AM", batch =>
        {
            heard.TrySetResult(batch);
            return Task.CompletedTask;
        });

        await _notifier.PublishAsync(Called("A003"));

        // Heard while the blocked screen still waits: nobody queues behind another screen.
        Assert.Equal("A003", Number(Assert.Single(await heard.Task.WaitAsync(Bound))));
        await _notifier.PublishAsync(Called("A004"));
        release.SetResult();
        await _notifier.IdleAsync().WaitAsync(Bound);
        // The broken screen hears the next commit too.
        Assert.Equal(2, thrown);
        var warnings = _log.Entries.Where(e => e.Level == LogLevel.Warning && e.Exception is InvalidOperationException).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Contains("TicketCalledEvent", w.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PublishAsync_ManyCommitsWhileASubscriberIsBusy_ItHearsThemInPublishOrder()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var slowHeard = new List<string>();
        var fastHeard = new List<string>();
        using var slow = _notifier.Subscribe("AM", async batch =>
        {
            await release.Task;
            slowHeard.AddRange(batch.Select(Number));
        });
        using var fast = _notifier.Subscribe("AM", batch =>
        {
            fastHeard.AddRange(batch.Select(Number));
            return Task.CompletedTask;
        });
        var numbers = Enumerable.Range(1, 20).Select(i => $"B{i:000}").ToList();

        foreach (var number in numbers)
        {
            await _notifier.PublishAsync([Called(number), Counter(2, number)]).WaitAsync(Bound);
        }

        release.SetResult();
        await _notifier.IdleAsync().WaitAsync(Bound);
        var expected = numbers.SelectMany(n => new[] { n, n }).ToList();
        Assert.Equal(expected, slowHeard);
        Assert.Equal(expected, fastHeard);
    }

    [Fact]
    public async Task PublishAsync_AnotherHallsCommit_IsNotHeard_AndADisposedSubscriptionHearsNothingMore()
    {
        var calls = new List<IReadOnlyList<QueueEvent>>();
        var screen = Record("AM", calls);

        await _notifier.PublishAsync(Called("A005") with { Hall = "HH" });
        await _notifier.PublishAsync(Called("A006"));
        await _notifier.IdleAsync().WaitAsync(Bound);
        screen.Dispose();
        await _notifier.PublishAsync(Called("A007"));
        await _notifier.IdleAsync().WaitAsync(Bound);

        Assert.Equal(["A006"], calls.SelectMany(b => b).Select(Number));
    }

    private IDisposable Record(string hall, List<IReadOnlyList<QueueEvent>> calls) =>
        _notifier.Subscribe(hall, batch =>
        {
            lock (calls)
            {
                calls.Add(batch);
            }

            return Task.CompletedTask;
        });

    private static TicketCalledEvent Called(string number) => new("AM", number, number[..1], 1, At, 1, []);

    private static TicketChangedEvent Changed(string number, string status) => new("AM", number, status, 1, []);

    private static CounterChangedEvent Counter(int number, string current) =>
        new("AM", new CounterView(number, "综合窗口", "Serving", "办理中", null, "王晓燕", "S001", current, At, ["A"]));

    private static string Number(QueueEvent e) => e switch
    {
        TicketCalledEvent c => c.Number,
        TicketChangedEvent c => c.Number,
        CounterChangedEvent c => c.Counter.CurrentTicket ?? "",
        _ => "",
    };
}
