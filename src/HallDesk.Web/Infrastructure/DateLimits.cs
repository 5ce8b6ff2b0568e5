namespace HallDesk.Web.Infrastructure;

/// <summary>
/// The dates a request may name. Beyond them the calendar has nothing to say, and date arithmetic near
/// <see cref="DateOnly.MaxValue"/> overflows: a date outside is a wrong request (400), never a server error.
/// </summary>
public static class DateLimits
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public static readonly DateOnly Latest = new(2099, 12, 31);

    /// <summary>The key of what a request with such a date is told (Errors.resx).</summary>
    public const string OutOfRange = "Problem.DateOutOfRange";

    public static bool Contains(DateOnly date) => date >= Earliest && date <= Latest;
}
