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

    /// <summary>Null when <paramref name="date"/> is one of the next N working days; otherwise the reason.</summary>
    public static DomainMessage? DateProblem(WorkCalendar calendar, DateOnly today, DateOnly date, int daysAhead)
    {
        if (date <= today)
        {
            return new("Booking.NotFuture");
        }

        if (!calendar.IsWorkingDay(date))
        {
            return new("Booking.NotWorkingDay", date);
        }

        return calendar.WorkingDaysBetween(today, date) > daysAhead
            ? new DomainMessage("Booking.TooFarAhead", daysAhead, calendar.AddWorkingDays(today, daysAhead))
            : null;
    }

    /// <summary>One booking per person (ID number), line and day while it holds its place.</summary>
    public static void EnsureNoOtherBooking(IEnumerable<Appointment> personsBookings, string hallCode, string lineCode, DateOnly date)
    {
        if (personsBookings.Any(a => a.HoldsPlace && a.HallCode == hallCode && a.LineCode == lineCode && a.Date == date))
        {
            throw new DomainException("Booking.AlreadyBooked", date);
        }
    }

    /// <summary>
    /// At most <paramref name="max"/> open bookings (holding a place, today or later) per phone and per ID number: a
    /// script cannot fill a slot with invented ID numbers behind one verified phone.
    /// </summary>
    public static void EnsureFewOpenBookings(int openForPhone, int openForIdNumber, int max)
    {
        if (openForPhone >= max || openForIdNumber >= max)
        {
            throw new DomainException("Booking.TooManyOpen", max);
        }
    }

    public static void EnsureSlotHasRoom(Slot slot, int taken)
    {
        if (taken >= slot.Capacity)
        {
            throw new DomainException("Booking.SlotFull", slot.Start);
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
            throw new DomainException("Booking.Suspended", windowDays, limit, until);
        }
    }
}
