using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace HallDesk.Web.Tests.Features.Live;

/// <summary>
/// The kept board snapshot on its own, over a reader that counts its reads: what each event does to it, and when it is
/// read again. <see cref="BoardSnapshotsInAppTests"/> plays the real actions against the database.
/// </summary>
public sealed class BoardSnapshotsTests
{
    /// <summary>2026-12-01 09:00 Asia/Shanghai.</summary>
    private static readonly DateTime At = new(2026, 12, 1, 1, 0, 0, DateTimeKind.Utc);

    private readonly FakeTimeProvider _clock = new(At);
    private readonly CountingReader _reader;
    private readonly BoardSnapshots _boards;

    public BoardSnapshotsTests()
    {
        _reader = new CountingReader(_clock);
        _boards = new BoardSnapshots(_reader, new HallSendOrder(), _clock);
    }

    [Fact]
    public async Task SnapshotAsync_Kept_IsNotReadAgain_AndCallsMoveIt()
    {
        await _boards.SnapshotAsync("AM");

        _boards.Apply([Called("A011", counter: 2, seconds: 60)]);
        var snapshot = await _boards.SnapshotAsync("AM");

        Assert.Equal(1, _reader.Reads);
        Assert.Equal(["A011", "A010", "A009", "A008", "A007", "A006", "A005", "A004"], snapshot!.RecentCalls.Select(c => c.Number));
        Assert.Equal(7, snapshot.Lines.Single().Waiting);
    }

    [Fact]
    public async Task Apply_NoShowOfAShownCall_BringsTheNextKeptCallOnTheBoard_WithoutARead()
    {
        await _boards.SnapshotAsync("AM");

        _boards.Apply([Changed("A006", nameof(TicketStatus.NoShow), counter: null)]);

        Assert.Equal(["A010", "A009", "A008", "A007", "A005", "A004", "A003", "A002"], _boards.Kept("AM")!.RecentCalls.Select(c => c.Number));
        Assert.Equal(1, _reader.Reads);
    }

    [Fact]
    public async Task Apply_TooManyCallsLeaveTheBoard_ReadsTheHallAgain()
    {
        _reader.CallsRead = 40; // more than are kept: those after the 32nd are not known here
        await _boards.SnapshotAsync("AM");

        foreach (var number in Enumerable.Range(0, BoardSnapshots.CallsKept - LiveViews.RecentCallsShown + 1))
        {
            _boards.Apply([Changed($"A{40 - number:000}", nameof(TicketStatus.Waiting), counter: null)]);
        }

        Assert.Null(_boards.Kept("AM"));
        await _boards.SnapshotAsync("AM");
        Assert.Equal(2, _reader.Reads);
    }

    [Fact]
    public async Task Apply_ACounterStartsServing_DropsTheLines_UntilATicketEventBringsThemAgain()
    {
        var before = (await _boards.SnapshotAsync("AM"))!;

        _boards.Apply([new CounterChangedEvent("AM", before.Counters[0] with { State = nameof(CounterState.Open) })]);
        Assert.Null(_boards.Kept("AM"));

        _boards.Apply([Called("A011", counter: 1, seconds: 60, waiting: 3)]);
        var kept = _boards.Kept("AM");

        Assert.Equal(3, kept!.Lines.Single().Waiting);
        Assert.Equal(nameof(CounterState.Open), kept.Counters[0].State);
        Assert.Equal(1, _reader.Reads);
    }

    [Fact]
    public async Task Apply_HallChanged_ReadsTheHallAgain()
    {
        await _boards.SnapshotAsync("AM");

        _boards.Apply([new HallChangedEvent("AM")]);
        Assert.Null(_boards.Kept("AM"));
        await _boards.SnapshotAsync("AM");

        Assert.Equal(2, _reader.Reads);
    }

    [Fact]
    public async Task SnapshotAsync_OnTheHallsNextDay_ReadsTheHallAgain()
    {
        await _boards.SnapshotAsync("AM");

        _clock.Advance(TimeSpan.FromHours(15)); // 2026-12-02 00:00 in Shanghai
        Assert.Null(_boards.Kept("AM"));
        await _boards.SnapshotAsync("AM");

        Assert.Equal(2, _reader.Reads);
    }

    [Fact]
    public async Task Kept_LongestWaitGrowsWithTheMinutesSinceTheFigures()
    {
        await _boards.SnapshotAsync("AM");

        _clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(12 + 5, _boards.Kept("AM")!.Lines.Single().LongestWaitMinutes);
    }

    [Fact]
    public async Task DeliverFromOtherNode_MovesTheKeptSnapshot()
    {
        var order = new HallSendOrder();
        var boards = new BoardSnapshots(_reader, order, _clock);
        var notifier = new QueueNotifier(new RecordingHub(), order, new HallScreens(), new ListLogger<QueueNotifier>(), boards: boards);
        await boards.SnapshotAsync("AM");

        await notifier.DeliverFromOtherNodeAsync([Called("A011", counter: 3, seconds: 60)]);

        Assert.Equal(("A011", 3), boards.Kept("AM")!.RecentCalls.Select(c => (c.Number, c.Counter)).First());
        Assert.Equal(1, _reader.Reads);
    }

    [Fact]
    public async Task SnapshotAsync_NoSuchHall_KeepsNothing()
    {
        Assert.Null(await _boards.SnapshotAsync("NOPE"));
        Assert.Null(_boards.Kept("NOPE"));
    }

    private static TicketCalledEvent Called(string number, int counter, int seconds, int waiting = 7) =>
        new("AM", number, "A", counter, At.AddSeconds(seconds), 1, [Line(waiting)],
            Times: new TicketTimes(TicketStatus.Called, At.AddMinutes(-30), At.AddSeconds(seconds), null, null));

    private static TicketChangedEvent Changed(string number, string status, int? counter) =>
        new("AM", number, status, counter, [Line(7)], new TicketTimes(Enum.Parse<TicketStatus>(status), At.AddMinutes(-30), null, null, At));

    private static LineView Line(int waiting) => new("A", "综合受理", waiting, waiting * 8, 12);

    /// <summary>Hall AM with ten calls made a minute apart (A001 first, A010 last) and one counter, paused.</summary>
    private sealed class CountingReader(TimeProvider clock) : IHallSnapshots
    {
        public int Reads { get; private set; }

        public int CallsRead { get; set; } = 10;

        public async Task<BoardSnapshot?> SnapshotAsync(string hallCode, CancellationToken ct = default) =>
            (await ReadBoardAsync(hallCode, LiveViews.RecentCallsShown, ct))?.Snapshot;

        public Task<BoardRead?> ReadBoardAsync(string hallCode, int calls, CancellationToken ct = default)
        {
            if (hallCode != "AM")
            {
                return Task.FromResult<BoardRead?>(null);
            }

            Reads++;
            var hall = new Hall("AM", "爱民区政务服务中心", "");
            var made = Enumerable.Range(1, CallsRead).Reverse()
                .Select(n => new CallView($"A{n:000}", "A", 1, At.AddMinutes(n - CallsRead - 1), 1))
                .Take(calls).ToList();
            var counter = new CounterView(1, "综合窗口", nameof(CounterState.Paused), "暂停", "午休", null, null, null, At, ["A"]);
            var snapshot = new BoardSnapshot("AM", hall.Name, "", clock.GetUtcNow().UtcDateTime, [.. made.Take(LiveViews.RecentCallsShown)], [Line(7)], [counter]);
            return Task.FromResult<BoardRead?>(new BoardRead(snapshot, hall, made));
        }
    }
}
