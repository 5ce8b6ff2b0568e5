using HallDesk.Web.Features.Halls;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Queue;

namespace HallDesk.Web.Tests.Features.Halls;

public sealed class HallComparisonTests
{
    private static readonly HallHours AroundTheClock = new(true, new TimeOnly(9, 0), new TimeOnly(17, 0), null);

    private static HallSummary Hall(string code, bool open, params (string Code, string Name, int Waiting, int Minutes)[] lines) =>
        new(code, code, open, lines.Select(l => new LineView(l.Code, l.Name, l.Waiting, l.Minutes, 0)).ToList(), AroundTheClock);

    [Fact]
    public void Order_NoLineChosen_KeepsTheHallsOrderWithClosedHallsLast_AndMarksNone()
    {
        var halls = new[] { Hall("AM", true, ("A", "综合受理", 9, 60)), Hall("TB", false, ("A", "综合受理", 0, 0)), Hall("XY", true, ("A", "综合受理", 0, 0)) };

        var ordered = HallComparison.Order(halls, null);

        Assert.Equal(["AM", "XY", "TB"], ordered.Select(o => o.Hall.Code));
        Assert.DoesNotContain(ordered, o => o.Shortest);
        Assert.Equal(HallStanding.Closed, ordered[2].Standing);
    }

    [Fact]
    public void Order_OnlyOneOpenHallOffersTheLine_MarksNoneShortest()
    {
        var halls = new[] { Hall("AM", true, ("C", "社保医保", 2, 12)), Hall("XY", true, ("A", "综合受理", 0, 0)) };

        var ordered = HallComparison.Order(halls, "社保医保");

        Assert.Equal(["AM", "XY"], ordered.Select(o => o.Hall.Code));
        Assert.DoesNotContain(ordered, o => o.Shortest);
        Assert.Equal(HallStanding.NoSuchLine, ordered[1].Standing);
    }

    [Fact]
    public void Order_EqualEstimates_FewerWaitingFirst()
    {
        var halls = new[] { Hall("AM", true, ("C", "社保医保", 4, 12)), Hall("XY", true, ("S", "社保医保", 2, 12)) };

        var ordered = HallComparison.Order(halls, "社保医保");

        Assert.Equal(["XY", "AM"], ordered.Select(o => o.Hall.Code));
        Assert.True(ordered[0].Shortest);
        Assert.Equal("S", ordered[0].Line!.Code);
    }

    [Fact]
    public void LineNames_AreDistinctByNameInTheHallsOrder()
    {
        var halls = new[] { Hall("AM", true, ("A", "综合受理", 0, 0), ("C", "社保医保", 0, 0)), Hall("XY", true, ("S", "社保医保", 0, 0), ("G", "公积金", 0, 0)) };

        Assert.Equal(["综合受理", "社保医保", "公积金"], HallComparison.LineNames(halls));
    }
}
