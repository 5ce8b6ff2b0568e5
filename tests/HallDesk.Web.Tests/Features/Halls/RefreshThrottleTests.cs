using HallDesk.Web.Features.Halls;
using Microsoft.Extensions.Time.Testing;

namespace HallDesk.Web.Tests.Features.Halls;

public sealed class RefreshThrottleTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero));
    private int _runs;

    private RefreshThrottle NewThrottle() => new(_clock, Interval, () =>
    {
        _runs++;
        return Task.CompletedTask;
    });

    [Fact]
    public void Request_AfterQuiet_RunsAtOnce()
    {
        using var throttle = NewThrottle();

        throttle.Request();

        Assert.Equal(1, _runs);
    }

    [Fact]
    public void Request_BurstWithinTheInterval_FoldsIntoOneTrailingRun()
    {
        using var throttle = NewThrottle();
        throttle.Request();

        throttle.Request();
        throttle.Request();
        throttle.Request();
        _clock.Advance(Interval - TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, _runs);
        _clock.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal(2, _runs);
        _clock.Advance(Interval * 5);
        Assert.Equal(2, _runs);
    }

    [Fact]
    public void Request_AfterDispose_NeverRuns()
    {
        var throttle = NewThrottle();
        throttle.Request();
        throttle.Request();

        throttle.Dispose();
        _clock.Advance(Interval * 2);

        Assert.Equal(1, _runs);
    }
}
