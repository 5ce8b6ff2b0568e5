using HallDesk.Domain.Queue;

namespace HallDesk.Web.Infrastructure;

/// <summary>The halls' time zone (Asia/Shanghai) for showing stored UTC instants and bounding local days.</summary>
public static class HallTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(Hall.DefaultTimeZone);

    public static DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static string Format(DateTime? utc, string format = "yyyy-MM-dd HH:mm") =>
        utc is { } u ? Local(u).ToString(format, System.Globalization.CultureInfo.InvariantCulture) : "";

    /// <summary>The UTC instant at which a local day begins.</summary>
    public static DateTime StartOfDayUtc(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), Zone);
}
