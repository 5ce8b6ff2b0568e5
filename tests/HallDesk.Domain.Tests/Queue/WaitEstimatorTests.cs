using HallDesk.Domain.Queue;

namespace HallDesk.Domain.Tests.Queue;

public class WaitEstimatorTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void EstimateMinutes_NobodyAhead_IsZero(int ahead)
    {
        var minutes = WaitEstimator.EstimateMinutes(ahead, meanServiceMinutes: 8, openCounters: 2);

        Assert.Equal(0, minutes);
    }

    [Fact]
    public void EstimateMinutes_PeopleAhead_SplitsTheWorkOverOpenCounters()
    {
        var minutes = WaitEstimator.EstimateMinutes(ahead: 6, meanServiceMinutes: 5, openCounters: 3);

        Assert.Equal(10, minutes);
    }

    [Fact]
    public void EstimateMinutes_FractionalResult_RoundsUp()
    {
        // 3 × 2.5 ÷ 2 = 3.75
        var minutes = WaitEstimator.EstimateMinutes(ahead: 3, meanServiceMinutes: 2.5, openCounters: 2);

        Assert.Equal(4, minutes);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void EstimateMinutes_NoOpenCounter_CountsAsOne(int openCounters)
    {
        var minutes = WaitEstimator.EstimateMinutes(ahead: 2, meanServiceMinutes: 5, openCounters);

        Assert.Equal(10, minutes);
    }

    [Fact]
    public void MeanServiceMinutes_FewerThanMinimumSamples_ReturnsTheDefault()
    {
        var services = Enumerable.Repeat(TimeSpan.FromMinutes(2), WaitEstimator.MinimumSamples - 1).ToList();

        var mean = WaitEstimator.MeanServiceMinutes(services, defaultMinutes: 12);

        Assert.Equal(12, mean);
    }

    [Fact]
    public void MeanServiceMinutes_EnoughSamples_ReturnsTheirAverage()
    {
        TimeSpan[] services =
        [
            TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(6),
            TimeSpan.FromMinutes(8), TimeSpan.FromMinutes(10),
        ];

        var mean = WaitEstimator.MeanServiceMinutes(services, defaultMinutes: 12);

        Assert.Equal(6, mean, precision: 6);
    }

    [Fact]
    public void MeanServiceMinutes_VeryShortServices_FloorsAtHalfAMinute()
    {
        var services = Enumerable.Repeat(TimeSpan.FromSeconds(5), WaitEstimator.MinimumSamples).ToList();

        var mean = WaitEstimator.MeanServiceMinutes(services, defaultMinutes: 12);

        Assert.Equal(0.5, mean);
    }
}
