using HallDesk.Web.Components;

namespace HallDesk.Web.Tests.Features.Reports;

public sealed class ChartLabelsTests
{
    [Fact]
    public void Thin_FewLabels_KeepsEveryOne()
    {
        string[] labels = ["12-01", "12-02", "12-03"];

        Assert.Equal(labels, ChartLabels.Thin(labels, 12));
    }

    [Fact]
    public void Thin_AMonthOfDays_PrintsAtMostTwelve_EvenlySpaced_FirstAndLastKept()
    {
        var days = Enumerable.Range(1, 31).Select(d => $"12-{d:00}").ToArray();

        var thinned = ChartLabels.Thin(days, 12);

        var shown = thinned.Select((l, i) => (l, i)).Where(x => x.l.Length > 0).ToList();
        Assert.Equal(31, thinned.Length);
        Assert.True(shown.Count <= 12, $"{shown.Count} labels printed");
        Assert.True(shown.Count >= 8, $"only {shown.Count} labels printed");
        Assert.Equal("12-01", thinned[0]);
        Assert.Equal("12-31", thinned[^1]);
        Assert.All(shown, x => Assert.Equal(days[x.i], x.l));
        var gaps = shown.Zip(shown.Skip(1), (a, b) => b.i - a.i).ToList();
        Assert.True(gaps.Max() - gaps.Min() <= 2, string.Join(",", gaps));
    }
}
