using System.Globalization;

namespace HallDesk.Web.Features.Evaluation;

/// <summary>A range of the hall's local days, both ends included, as the manager picks it (今天 / 本周 / 本月 / 近 30 天).</summary>
public readonly record struct ManagerDateRange(DateOnly From, DateOnly To)
{
    public static ManagerDateRange LastDays(DateOnly today, int days) => new(today.AddDays(1 - days), today);

    public static ManagerDateRange Day(DateOnly today) => new(today, today);

    /// <summary>From Monday (the Chinese week starts on Monday) to today.</summary>
    public static ManagerDateRange Week(DateOnly today) => new(today.AddDays(-(((int)today.DayOfWeek + 6) % 7)), today);

    public static ManagerDateRange Month(DateOnly today) => new(new DateOnly(today.Year, today.Month, 1), today);

    /// <summary>Either end may be picked first: the earlier one is always the start.</summary>
    public static ManagerDateRange Of(DateOnly a, DateOnly b) => a <= b ? new(a, b) : new(b, a);

    /// <summary>[start of From, start of the day after To) as UTC instants.</summary>
    public (DateTime FromUtc, DateTime ToUtc) ToUtc(TimeZoneInfo zone) =>
        (TimeZoneInfo.ConvertTimeToUtc(From.ToDateTime(TimeOnly.MinValue), zone), TimeZoneInfo.ConvertTimeToUtc(To.AddDays(1).ToDateTime(TimeOnly.MinValue), zone));

    /// <summary>The provincial platform export (JSON) of the same days.</summary>
    public string ExportHref => string.Create(CultureInfo.InvariantCulture, $"api/v1/evaluations/export?from={From:yyyy-MM-dd}&to={To:yyyy-MM-dd}");

    public static string Percent(double rate) => string.Create(CultureInfo.InvariantCulture, $"{rate * 100:0.0}%");
}
