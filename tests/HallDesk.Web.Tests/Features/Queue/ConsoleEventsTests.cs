using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Queue;

namespace HallDesk.Web.Tests.Features.Queue;

/// <summary>A clerk's console follows the other counters from the events alone; it reads only what concerns it.</summary>
public sealed class ConsoleEventsTests
{
    private static readonly DateTime At = new(2026, 12, 1, 1, 0, 0, DateTimeKind.Utc);

    private static readonly ConsoleState Mine = new(
        new ClerkInfo("王晓燕", "S001", "AM", "爱民区政务服务中心", 3),
        [Counter(1, "Serving", "A001", "S001"), Counter(2, "Open", null, "S002")],
        [new LineView("A", "综合受理", 3, 24, 10)],
        Counter(1, "Serving", "A001", "S001"),
        null,
        [],
        [],
        [],
        0,
        At);

    [Fact]
    public void AnotherCountersCall_IsAppliedFromTheEvent_WithoutAReload()
    {
        IReadOnlyList<LineView> lines = [new("A", "综合受理", 2, 16, 8)];
        IReadOnlyList<QueueEvent> batch =
        [
            new TicketCalledEvent("AM", "A002", "A", 2, At, 1, lines),
            new CounterChangedEvent("AM", Counter(2, "Serving", "A002", "S002")),
        ];

        var applied = Mine.Apply(batch);

        Assert.False(Mine.NeedsReload(batch));
        Assert.Equal(lines, applied.Lines);
        Assert.Equal("A002", applied.Counters.Single(c => c.Number == 2).CurrentTicket);
        Assert.Equal("A001", applied.MyCounter!.CurrentTicket);
    }

    [Fact]
    public void MyOwnCounterChangedElsewhere_ANoShowOrTheHall_NeedAReload()
    {
        Assert.True(Mine.NeedsReload([new CounterChangedEvent("AM", Counter(1, "Serving", "A005", "S001"))]));
        Assert.True(Mine.NeedsReload([new TicketChangedEvent("AM", "A003", "NoShow", 2, [])]));
        Assert.True(Mine.NeedsReload([new TicketCalledEvent("AM", "A004", "A", 1, At, 1, [])]));
        Assert.True(Mine.NeedsReload([new HallChangedEvent("AM")]));
        Assert.True(Mine.NeedsReload([new CounterChangedEvent("AM", Counter(2, "Paused", null, "S002"))]));
        Assert.False(Mine.NeedsReload([new TicketChangedEvent("AM", "A003", "Done", 2, [])]));
    }

    private static CounterView Counter(int number, string state, string? current, string staff) =>
        new(number, $"{number}号窗口", state, state, null, "某某", staff, current, At, ["A"]);
}
