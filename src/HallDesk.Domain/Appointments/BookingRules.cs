using HallDesk.Domain.Calendar;

namespace HallDesk.Domain.Appointments;

/// <summary>When a person may book: pure rules over plain values; every number comes from configuration.</summary>
public static class BookingRules
{
    /// <summary>The days that can be booked today: the next <paramref name="daysAhead"/> working days.</summary>
    public static IReadOnlyList<DateOnly> BookableDays(WorkCalendar calendar, DateOnly today, int daysAhead)
    {
        var days = new List<DateOnly>(daysAhead);
        for (var n = 1; n <= daysAhead; n++)
        {
            days.Add(calendar.AddWorkingDays(today, n));
        }

        return days;
    }

    /// <summary>Null when <paramref name="date"/> is one of the next N working days; otherwise the reason, in Chinese.</summary>
    public static string? DateProblem(WorkCalendar calendar, DateOnly today, DateOnly date, int daysAhead)
    {
        if (date <= today)
        {
            return "只能预约明天及以后的工作日。";
        }

        if (!calendar.IsWorkingDay(date))
        {
            return $"{date:yyyy-MM-dd} 不是工作日，不能预约。";
        }

        return calendar.WorkingDaysBetween(today, date) > daysAhead
            ? $"只能预约今后 {daysAhead} 个工作日内（最晚 {calendar.AddWorkingDays(today, daysAhead):yyyy-MM-dd}）。"
            : null;
    }

    /// <summary>One booking per person (ID number), line and day while it holds its place.</summary>
    public static void EnsureNoOtherBooking(IEnumerable<Appointment> personsBookings, string hallCode, string lineCode, DateOnly date)
    {
        if (personsBookings.Any(a => a.HoldsPlace && a.HallCode == hallCode && a.LineCode == lineCode && a.Date == date))
        {
            throw new DomainException($"您已预约了 {date:yyyy-MM-dd} 的该项业务，同一业务每天只能预约一次。");
        }
    }

    public static void EnsureSlotHasRoom(Slot slot, int taken)
    {
        if (taken >= slot.Capacity)
        {
            throw new DomainException($"{slot.Start:HH\\:mm} 时段已约满，请选择其他时段。");
        }
    }

    /// <summary>
    /// The first day the person may book again, or null when not blocked: <paramref name="limit"/> no-shows whose days fall
    /// within <paramref name="windowDays"/> calendar days (both ends counted) block booking until
    /// <paramref name="blockDays"/> days after the last of them.
    /// </summary>
    public static DateOnly? BlockedUntil(IEnumerable<DateOnly> noShowDays, DateOnly today, int limit, int windowDays, int blockDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(windowDays, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(blockDays);

        var days = noShowDays.Order().ToList();
        DateOnly? until = null;
        for (var last = limit - 1; last < days.Count; last++)
        {
            if (days[last].DayNumber - days[last - limit + 1].DayNumber < windowDays)
            {
                var end = days[last].AddDays(blockDays);
                if (end > today && (until is null || end > until))
                {
                    until = end;
                }
            }
        }

        return until;
    }

    public static void EnsureNotBlocked(IEnumerable<DateOnly> noShowDays, DateOnly today, int limit, int windowDays, int blockDays)
    {
        if (BlockedUntil(noShowDays, today, limit, windowDays, blockDays) is { } until)
        {
            throw new DomainException(
                $"您在 {windowDays} 天内有 {limit} 次预约未到（爽约），{until:yyyy-MM-dd} 前暂停网上预约，可到大厅现场取号办理。");
        }
    }
}
