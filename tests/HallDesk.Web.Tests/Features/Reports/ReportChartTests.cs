using Bunit;
using HallDesk.Web.Features.Reports;
using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.Features.Reports;

/// <summary>The report's chart: full width, dates thinned so they stay legible, and a table of the same numbers on demand.</summary>
public sealed class ReportChartTests : ComponentTestContext
{
    [Fact]
    public void Toggle_ShowsATableWithEveryPeriodsNumbers_AndBackToTheChart()
    {
        var chart = Render<ReportChart>(p => p.Add(x => x.Periods, Month()));
        Assert.NotNull(chart.Find("[data-testid=report-chart] .mud-chart"));
        Assert.Empty(chart.FindAll("[data-testid=report-chart-table]"));

        chart.Find("[data-testid=report-chart-toggle]").Click();

        var rows = chart.FindAll("[data-testid=report-chart-table] tbody tr");
        Assert.Equal(31, rows.Count);
        Assert.Equal(["12-05", "25", "20"], rows[4].QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Contains("取号数", chart.Find("[data-testid=report-chart-table] thead").TextContent);
        Assert.Empty(chart.FindAll("[data-testid=report-chart] .mud-chart"));

        chart.Find("[data-testid=report-chart-toggle]").Click();

        Assert.NotNull(chart.Find("[data-testid=report-chart] .mud-chart"));
    }

    [Fact]
    public void AMonthOfDays_PrintsNoMoreThanTwelveDatesOnTheAxis()
    {
        var chart = Render<ReportChart>(p => p.Add(x => x.Periods, Month()));

        var printed = chart.FindAll("[data-testid=report-chart] svg text")
            .Select(t => t.TextContent.Trim())
            .Where(t => t.StartsWith("12-", StringComparison.Ordinal))
            .ToList();

        Assert.InRange(printed.Count, 2, 12);
        Assert.Contains("12-01", printed);
        Assert.Contains("12-31", printed);
    }

    private static List<ReportPeriodRow> Month() =>
        Enumerable.Range(1, 31)
            .Select(d => new ReportPeriodRow(new DateOnly(2026, 12, d), $"12-{d:00}",
                new ReportFigures(20 + d, 15 + d, 0, 0, null, null, null, 0, 0, 0, null, 0, null)))
            .ToList();
}
