using HallDesk.Domain.Queue;
using static HallDesk.Domain.Queue.LineSuggestions;

namespace HallDesk.Domain.Tests.Queue;

public class LineSuggestionsTests
{
    [Fact]
    public void Find_LongLineAndAnIdleCounterOfAnotherLine_SuggestsAddingTheLine()
    {
        var idle = new CounterBuilder().Number(6).ForLines("C").OpenedBy().Build();

        var found = Find([new LineLoad("B", "不动产登记", 9, 45), new LineLoad("C", "社保医保", 0, 0)], [CounterLoad.Of(idle)], thresholdMinutes: 30);

        var suggestion = Assert.Single(found);
        Assert.Equal(("B", 6, 45), (suggestion.LineCode, suggestion.CounterNumber, suggestion.EstimatedMinutes));
    }

    [Fact]
    public void Find_EstimateAtTheThreshold_SuggestsNothing()
    {
        var idle = new CounterBuilder().Number(6).ForLines("C").OpenedBy().Build();

        Assert.Empty(Find([new LineLoad("B", "不动产登记", 5, 30)], [CounterLoad.Of(idle)], thresholdMinutes: 30));
    }

    [Fact]
    public void Find_CounterWhoseOwnLineHasPeopleWaiting_IsNotIdle()
    {
        var busy = new CounterBuilder().Number(6).ForLines("C").OpenedBy().Build();

        Assert.Empty(Find([new LineLoad("B", "不动产登记", 9, 45), new LineLoad("C", "社保医保", 1, 6)], [CounterLoad.Of(busy)], thresholdMinutes: 30));
    }

    [Fact]
    public void Find_PausedClosedOrServingCounters_AreNotOffered()
    {
        var paused = new CounterBuilder().Number(2).ForLines("C").OpenedBy().Paused().Build();
        var closed = new CounterBuilder().Number(3).ForLines("C").Build();
        var serving = new CounterBuilder().Number(4).ForLines("C").OpenedBy().ServingTicket().Build();

        Assert.Empty(Find([new LineLoad("B", "不动产登记", 9, 45)], [CounterLoad.Of(paused), CounterLoad.Of(closed), CounterLoad.Of(serving)], thresholdMinutes: 30));
    }

    [Fact]
    public void Find_TwoLongLinesOneIdleCounter_OffersItToTheLongerWaitOnly()
    {
        var idle = new CounterBuilder().Number(6).ForLines("C").OpenedBy().Build();

        var found = Find([new LineLoad("A", "综合受理", 9, 35), new LineLoad("B", "不动产登记", 9, 50)], [CounterLoad.Of(idle)], thresholdMinutes: 30);

        Assert.Equal("B", Assert.Single(found).LineCode);
    }

    [Fact]
    public void AddLine_AppendsAtTheEndOfThePriorities_AndTwiceThrows()
    {
        var counter = new CounterBuilder().ForLines("C", "A").Build();

        counter.AddLine("B");

        Assert.Equal(["C", "A", "B"], counter.ServedLines);
        Assert.Throws<DomainException>(() => counter.AddLine("B"));
    }
}
