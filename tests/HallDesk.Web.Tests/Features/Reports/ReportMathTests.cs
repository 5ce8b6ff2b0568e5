using System.Globalization;
using HallDesk.Domain.Evaluations;
using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Reports;

namespace HallDesk.Web.Tests.Features.Reports;

public sealed class ReportMathTests
{
    private static readonly DateOnly Day1 = new(2026, 12, 1);

    [Fact]
    public void Percentile_Of90_IsTheNearestRankValue()
    {
        double[] values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

        Assert.Equal(9, ReportMath.Percentile(values, 90));
        Assert.Equal(10, ReportMath.Percentile([..values, 11], 90));
        Assert.Equal(15, ReportMath.Percentile([15, 10, 12], 90));
        Assert.Equal(7, ReportMath.Percentile([7], 90));
    }

    [Fact]
    public void Percentile_OfNothing_IsNone() => Assert.Null(ReportMath.Percentile([], 90));

    [Fact]
    public void Mean_OfValues_AndOfNothing()
    {
        Assert.Equal(12.5, ReportMath.Mean([10, 15]));
        Assert.Null(ReportMath.Mean([]));
    }

    [Theory]
    [InlineData("2026-12-31", "2026-W53", "2026-12-28")]
    [InlineData("2027-01-01", "2026-W53", "2026-12-28")]
    [InlineData("2027-01-03", "2026-W53", "2026-12-28")]
    [InlineData("2027-01-04", "2027-W01", "2027-01-04")]
    [InlineData("2024-12-30", "2025-W01", "2024-12-30")]
    [InlineData("2021-01-03", "2020-W53", "2020-12-28")]
    public void PeriodOf_Week_FollowsIsoWeeksAcrossTheYearBoundary(string day, string label, string monday)
    {
        var (start, text) = ReportMath.PeriodOf(DateOnly.Parse(day, CultureInfo.InvariantCulture), ReportPeriod.Week);

        Assert.Equal(label, text);
        Assert.Equal(DateOnly.Parse(monday, CultureInfo.InvariantCulture), start);
    }

    [Fact]
    public void PeriodsIn_MonthsAndWeeks_CoverTheRangeInOrder()
    {
        Assert.Equal(["2026-12", "2027-01"], ReportMath.PeriodsIn(new(2026, 12, 30), new(2027, 1, 2), ReportPeriod.Month).Select(p => p.Label));
        Assert.Equal(["2026-W52", "2026-W53", "2027-W01"], ReportMath.PeriodsIn(new(2026, 12, 27), new(2027, 1, 4), ReportPeriod.Week).Select(p => p.Label));
    }

    [Fact]
    public void Figures_CountTicketsCasesAndRatings()
    {
        TicketFact[] tickets =
        [
            new(Day1, "A", TicketStatus.Done, 600, 240),
            new(Day1, "A", TicketStatus.NoShow, 720, null),
            new(Day1, "A", TicketStatus.Done, 900, 600),
            new(Day1, "A", TicketStatus.Waiting, null, null),
        ];
        CaseFact[] cases =
        [
            new(Day1, null, "A", Overdue: true, OneVisit: false),
            new(Day1, Day1, "A", Overdue: false, OneVisit: true),
            new(Day1, null, "A", Overdue: false, OneVisit: true),
            new(null, Day1, "A", Overdue: true, OneVisit: true),
        ];
        EvaluationFact[] ratings = [new(Day1, "A", EvaluationLevel.VerySatisfied, false), new(Day1, "A", EvaluationLevel.Dissatisfied, false)];

        var f = ReportMath.Figures(tickets, cases, ratings);

        Assert.Equal((4, 2, 1), (f.Issued, f.Served, f.NoShows));
        Assert.Equal(740, f.MeanWaitSeconds);
        Assert.Equal(900, f.P90WaitSeconds);
        Assert.Equal(420, f.MeanServiceSeconds);
        Assert.Equal((3, 2, 1), (f.Accepted, f.Concluded, f.Overdue));
        Assert.Equal(2.0 / 3, f.OneVisitRate);
        Assert.Equal((2, 0.5), (f.Evaluations, f.SatisfactionRate));
    }

    [Fact]
    public void Group_ByKeyAndPeriod_LeavesOutDaysOutsideTheRange_AndPutsUnlinkedLast()
    {
        var day2 = Day1.AddDays(1);
        var facts = new ReportFacts(
            [
                new(Day1, "10", TicketStatus.Done, 60, 60),
                new(Day1, ReportMath.Unlinked, TicketStatus.Waiting, null, null),
                new(day2, "2", TicketStatus.Done, 120, 60),
                new(Day1.AddDays(-1), "2", TicketStatus.Done, 120, 60),
            ],
            [new(Day1.AddDays(-5), day2, "2", false, true)],
            [],
            new Dictionary<string, string> { ["2"] = "2号窗口" });

        var (rows, periods, total) = ReportMath.Group(facts, Day1, day2, ReportPeriod.Day);

        Assert.Equal(["2", "10", ReportMath.Unlinked], rows.Select(r => r.Key));
        Assert.Equal("2号窗口", rows[0].Label);
        Assert.Equal((1, 0, 1), (rows[0].Figures.Issued, rows[0].Figures.Accepted, rows[0].Figures.Concluded));
        Assert.Equal([2, 1], periods.Select(p => p.Figures.Issued));
        Assert.Equal([0, 1], periods.Select(p => p.Figures.Concluded));
        Assert.Equal(3, total.Issued);
        Assert.Null(total.OneVisitRate);
    }
}
