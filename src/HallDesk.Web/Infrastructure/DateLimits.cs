namespace HallDesk.Web.Infrastructure;

/// <summary>
/// The dates a request may name. Beyond them the calendar has nothing to say, and date arithmetic near
/// <see cref="DateOnly.MaxValue"/> overflows: a date outside is a wrong request (400), never a server error.
/// </summary>
public static class DateLimits
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public static readonly DateOnly Latest = new(2099, 12, 31);

    public const string OutOfRange = "日期超出范围，只能是 2000-01-01 至 2099-12-31 之间的日期。";

    public static bool Contains(DateOnly date) => date >= Earliest && date <= Latest;
}
