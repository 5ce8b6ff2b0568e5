using HallDesk.Web.Features.Live;

namespace HallDesk.Web.Tests.Features.Live;

/// <summary>A batch's figures applied to the views a screen holds.</summary>
public sealed class LiveViewsTests
{
    private static readonly DateTime At = new(2026, 12, 1, 1, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Apply_CallAndCounterChange_LinesFromTheLastTicketEvent_CounterReplaced_CallOnTop()
    {
        var snapshot = Snapshot(
            calls: [Call("A001", 1, 2), Call("B001", 2, 1)],
            counters: [Counter(1, "Open", null), Counter(2, "Serving", "B001")]);
        IReadOnlyList<LineView> first = [Line("A", 5)];
        IReadOnlyList<LineView> last = [Line("A", 4)];

        var applied = LiveViews.Apply(snapshot, [
            new TicketIssuedEvent("AM", "A009", "A", At, first),
            new TicketCalledEvent("AM", "B001", "B", 2, At.AddMinutes(1), 2, last),
            new CounterChangedEvent("AM", Counter(1, "Serving", "A002")),
        ]);

        Assert.Equal(last, applied.Lines);
        Assert.Equal(["B001", "A001"], applied.RecentCalls.Select(c => c.Number));
        Assert.Equal(2, applied.RecentCalls[0].CallCount);
        Assert.Equal([(1, "A002"), (2, "B001")], applied.Counters.Select(c => (c.Number, c.CurrentTicket)));
    }

    [Fact]
    public void Apply_CounterOnly_KeepsTheLines_AndANewCounterTakesItsPlaceInNumberOrder()
    {
        var snapshot = Snapshot(calls: [], counters: [Counter(1, "Open", null), Counter(3, "Closed", null)]);

        var applied = LiveViews.Apply(snapshot, [new CounterChangedEvent("AM", Counter(2, "Closed", null))]);

        Assert.Same(snapshot.Lines, applied.Lines);
        Assert.Equal([1, 2, 3], applied.Counters.Select(c => c.Number));
    }

    [Theory]
    [InlineData("Open", "Serving", false)]
    [InlineData("Serving", "Open", false)]
    [InlineData("Serving", "Paused", true)]
    [InlineData("Closed", "Open", true)]
    public void ChangesServingCounters_OnlyWhenACounterStartsOrStopsServing(string before, string after, bool changes)
    {
        IReadOnlyList<CounterView> counters = [Counter(1, before, null)];

        Assert.Equal(changes, LiveViews.ChangesServingCounters(counters, [new CounterChangedEvent("AM", Counter(1, after, null))]));
    }

    private static BoardSnapshot Snapshot(IReadOnlyList<CallView> calls, IReadOnlyList<CounterView> counters) =>
        new("AM", "爱民区政务服务中心", "", At, calls, [Line("A", 3)], counters);

    private static CallView Call(string number, int counter, int count) => new(number, number[..1], counter, At, count);

    private static LineView Line(string code, int waiting) => new(code, "综合受理", waiting, waiting * 8, 10);

    private static CounterView Counter(int number, string state, string? current) =>
        new(number, "综合窗口", state, state, null, null, null, current, At, ["A", "B"]);
}
