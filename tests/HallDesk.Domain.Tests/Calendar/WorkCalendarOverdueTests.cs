using HallDesk.Domain.Calendar;

namespace HallDesk.Domain.Tests.Calendar;

public class WorkCalendarOverdueTests
{
    [Fact]
    public void WorkingDaysLeft_SaturdayAfterAFridayDeadline_IsOverdue()
    {
        var calendar = NationalHolidays.Calendar2026();

        // Deadline Fri 2026-03-06, seen on Sat 2026-03-07: no working day has passed, but the deadline has.
        Assert.Equal(-1, calendar.WorkingDaysLeft(new DateOnly(2026, 3, 7), new DateOnly(2026, 3, 6)));
    }
}
