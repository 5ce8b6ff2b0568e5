using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Live;

namespace HallDesk.Web.Tests.Features.Live;

/// <summary>The running totals behind the manager's figures: a ticket changed is the same as the day summed anew.</summary>
public sealed class DayTicketTotalsTests
{
    private static readonly DateTime T0 = new(2026, 12, 1, 1, 0, 0, DateTimeKind.Utc);

    private static DateTime At(int minutes) => T0.AddMinutes(minutes);

    [Fact]
    public void RemoveTheOldTimesAddTheNew_EqualsTheDaySummedAnew()
    {
        TicketTimes[] day =
        [
            new(TicketStatus.Done, At(0), At(10), At(12), At(22)),
            new(TicketStatus.Waiting, At(3), null, null, null, Appointment: true),
            new(TicketStatus.Called, At(5), At(35), null, null),
            new(TicketStatus.NoShow, At(6), At(8), null, At(12)),
        ];
        var totals = new DayTicketTotals();
        foreach (var t in day)
        {
            totals.Add(t);
        }

        // The waiting one is called, the called one served and finished with 帮办, the no-show rejoins.
        TicketTimes[] later =
        [
            day[0],
            day[1] with { Status = TicketStatus.Called, CalledAt = At(40) },
            day[2] with { Status = TicketStatus.Done, ServiceStartedAt = At(36), FinishedAt = At(50), Assisted = true },
            day[3] with { Status = TicketStatus.Waiting, FinishedAt = null },
        ];
        for (var i = 1; i < day.Length; i++)
        {
            totals.Remove(day[i]);
            totals.Add(later[i]);
        }

        var expected = DayTicketFigures.Of(later);
        var actual = totals.Figures();
        Assert.Equal(expected with { MeanWaitMinutes = null, MeanServiceMinutes = null }, actual with { MeanWaitMinutes = null, MeanServiceMinutes = null });
        Assert.Equal(expected.MeanWaitMinutes!.Value, actual.MeanWaitMinutes!.Value, 9);
        Assert.Equal(expected.MeanServiceMinutes!.Value, actual.MeanServiceMinutes!.Value, 9);
        Assert.Equal(2, actual.Served);
        Assert.Equal(1, actual.Assisted);
        Assert.Equal(1, actual.Waiting);
        Assert.Equal(37, actual.P90WaitMinutes);
    }
}
