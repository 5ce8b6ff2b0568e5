namespace HallDesk.Domain.Calendar;

/// <summary>
/// 工作日历: weekends and public holidays are off, make-up days (调休) are worked. Promised dates count
/// working days after the day of acceptance.
/// </summary>
public sealed class WorkCalendar
{
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _workdays;

    public WorkCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> makeUpWorkdays)
    {
        _holidays = [.. holidays];
        _workdays = [.. makeUpWorkdays];
        var both = _holidays.Intersect(_workdays).ToList();
        if (both.Count > 0)
        {
            throw new DomainException("Calendar.HolidayAndWorkday", both[0]);
        }
    }

    public bool IsWorkingDay(DateOnly day) =>
        _workdays.Contains(day) || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day));

    /// <summary>The day on which N working days after <paramref name="start"/> have passed (N = 0: the same day).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);

        var day = start;
        var counted = 0;
        while (counted < workingDays)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/> (0 when to ≤ from).</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Working days left until <paramref name="deadline"/> seen from <paramref name="today"/>; negative (at least −1) once the deadline has passed, even on a day off.</summary>
    public int WorkingDaysLeft(DateOnly today, DateOnly deadline) =>
        deadline >= today ? WorkingDaysBetween(today, deadline) : -Math.Max(1, WorkingDaysBetween(deadline, today));
}
