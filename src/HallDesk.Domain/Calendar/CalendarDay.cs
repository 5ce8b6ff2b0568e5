namespace HallDesk.Domain.Calendar;

/// <summary>An exception to the ordinary week: a holiday on a weekday, or a make-up workday (调休) on a weekend.</summary>
public sealed class CalendarDay
{
    private CalendarDay()
    {
        Name = "";
    }

    public CalendarDay(DateOnly date, bool isWorkday, string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 32)
        {
            throw new DomainException("Calendar.HolidayNameRequired");
        }

        Date = date;
        IsWorkday = isWorkday;
        Name = name.Trim();
    }

    public int Id { get; private set; }

    public DateOnly Date { get; private set; }

    /// <summary>True: 调休上班; false: 放假.</summary>
    public bool IsWorkday { get; private set; }

    public string Name { get; private set; }

    public static WorkCalendar ToCalendar(IEnumerable<CalendarDay> days)
    {
        var list = days.ToList();
        return new WorkCalendar(list.Where(d => !d.IsWorkday).Select(d => d.Date), list.Where(d => d.IsWorkday).Select(d => d.Date));
    }
}
