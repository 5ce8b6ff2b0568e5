using HallDesk.Domain.Simulation;

namespace HallDesk.Domain.Tests.Simulation;

public class WaitStatisticsTests
{
    [Fact]
    public void Percentile_NinetiethOfOneToTen_IsNine()
    {
        double[] values = [7, 3, 10, 1, 9, 2, 8, 4, 6, 5];

        Assert.Equal(9, WaitStatistics.Percentile(values, 0.9));
    }

    [Theory]
    [InlineData(0.5, 20)]
    [InlineData(0.9, 40)]
    [InlineData(1.0, 40)]
    [InlineData(0.1, 10)]
    public void Percentile_FourValues_NearestRank(double fraction, double expected)
    {
        double[] values = [40, 10, 30, 20];

        Assert.Equal(expected, WaitStatistics.Percentile(values, fraction));
    }

    [Fact]
    public void Percentile_Empty_IsZero()
    {
        Assert.Equal(0, WaitStatistics.Percentile([], 0.9));
    }

    [Fact]
    public void Mean_OfValues_IsAverage()
    {
        Assert.Equal(2.5, WaitStatistics.Mean([1, 2, 3, 4]));
    }
}
