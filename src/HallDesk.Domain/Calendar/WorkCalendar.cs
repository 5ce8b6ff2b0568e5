namespace HallDesk.Domain.Calendar;

/// <summary>
/// 工作日历: weekends and public holidays are off, make-up days (调休) are worked. Promised dates count
/// working days after the day of acceptance. Holidays are data per year: a year whose schedule is not in the
/// data (the State Council publishes next year's in November or December) is counted on weekends only, and a
/// date reached through such a year is marked as provisional.
/// </summary>
public sealed class WorkCalendar
{
    /// <summary>From this month on, next year's schedule is due and its absence is worth an alert.</summary>
    public const int ScheduleDueMonth = 11;

    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _workdays;
    private readonly HashSet<int> _knownYears;

    /// <param name="knownYears">Years whose holiday schedule is entered; by default the years of the days given.</param>
    public WorkCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> makeUpWorkdays, IEnumerable<int>? knownYears = null)
    {
        _holidays = [.. holidays];
        _workdays = [.. makeUpWorkdays];
        _knownYears = knownYears is null ? [.. _holidays.Concat(_workdays).Select(d => d.Year)] : [.. knownYears];
        var both = _holidays.Intersect(_workdays).ToList();
        if (both.Count > 0)
        {
            throw new DomainException("Calendar.HolidayAndWorkday", both[0]);
        }
    }

    public IReadOnlyCollection<int> KnownYears => _knownYears;

    /// <summary>Whether the holidays of <paramref name="year"/> are in the data.</summary>
    public bool KnowsYear(int year) => _knownYears.Contains(year);

    /// <summary>
    /// Whether counting from <paramref name="start"/> to <paramref name="end"/> passed through a year whose holidays are
    /// not in the data, so that only weekends were skipped: the date is provisional (按周末计算). A same-day date is not.
    /// </summary>
    public bool CountedOnWeekendsOnly(DateOnly start, DateOnly end) =>
        end > start && Enumerable.Range(start.Year, end.Year - start.Year + 1).Any(y => !KnowsYear(y));

    /// <summary>
    /// The year whose schedule is missing and should be entered now: this year's if unknown, or from November next
    /// year's; null when nothing is due.
    /// </summary>
    public int? MissingScheduleYear(DateOnly today) =>
        !KnowsYear(today.Year) ? today.Year
        : today.Month >= ScheduleDueMonth && !KnowsYear(today.Year + 1) ? today.Year + 1
        : null;

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
