namespace HallDesk.Domain.Calendar;

/// <summary>The State Council's schedule (国务院办公厅, 2025-11-04) for 2026; the hall's calendar starts from it.</summary>
public static class NationalHolidays
{
    public static IReadOnlyList<(DateOnly Day, string Name)> Holidays2026 { get; } =
    [
        .. Range(2026, 1, 1, 3, "元旦"),
        .. Range(2026, 2, 15, 23, "春节"),
        .. Range(2026, 4, 4, 6, "清明节"),
        .. Range(2026, 5, 1, 5, "劳动节"),
        .. Range(2026, 6, 19, 21, "端午节"),
        .. Range(2026, 9, 25, 27, "中秋节"),
        .. Range(2026, 10, 1, 7, "国庆节"),
    ];

    public static IReadOnlyList<(DateOnly Day, string Name)> MakeUpWorkdays2026 { get; } =
    [
        (new DateOnly(2026, 1, 4), "元旦调休上班"),
        (new DateOnly(2026, 2, 14), "春节调休上班"),
        (new DateOnly(2026, 2, 28), "春节调休上班"),
        (new DateOnly(2026, 5, 9), "劳动节调休上班"),
        (new DateOnly(2026, 9, 20), "国庆节调休上班"),
        (new DateOnly(2026, 10, 10), "国庆节调休上班"),
    ];

    public static WorkCalendar Calendar2026() =>
        new(Holidays2026.Select(h => h.Day), MakeUpWorkdays2026.Select(w => w.Day));

    private static IEnumerable<(DateOnly, string)> Range(int year, int month, int first, int last, string name) =>
        Enumerable.Range(first, last - first + 1).Select(d => (new DateOnly(year, month, d), name));
}
