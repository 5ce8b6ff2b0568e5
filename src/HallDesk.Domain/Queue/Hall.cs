namespace HallDesk.Domain.Queue;

/// <summary>大厅: a district hall or a street/township sub-hall.</summary>
public sealed class Hall
{
    public const string DefaultTimeZone = "Asia/Shanghai";

    private Hall()
    {
        Code = "";
        Name = "";
        TimeZoneId = DefaultTimeZone;
        Notice = "";
        ShortName = "";
        Address = "";
    }

    public Hall(string code, string name, string notice)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 16)
        {
            throw new DomainException("Hall.CodeLength");
        }

        Code = code;
        Name = name;
        Notice = notice;
        ShortName = name[..Math.Min(2, name.Length)];
        Address = "";
        Level = HallLevel.District;
        TimeZoneId = DefaultTimeZone;
        OpenAroundTheClock = true;
        OpensAt = new TimeOnly(9, 0);
        ClosesAt = new TimeOnly(17, 0);
        NoShowAfterCalls = 3;
        RejoinBehind = 3;
        WaitAlertMinutes = 30;
        PauseAlertMinutes = 15;
        ServiceAlertMinutes = 20;
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string TimeZoneId { get; private set; }

    /// <summary>简称, as it opens document numbers (爱民政服受字〔2026〕第…号).</summary>
    public string ShortName { get; private set; }

    public string Address { get; private set; }

    public HallLevel Level { get; private set; }

    /// <summary>The bottom line of the hall board (免费帮办, 免费邮寄, 扫码评价 …).</summary>
    public string Notice { get; private set; }

    public bool OpenAroundTheClock { get; private set; }

    public TimeOnly OpensAt { get; private set; }

    public TimeOnly ClosesAt { get; private set; }

    /// <summary>A called ticket may be marked 过号 only after this many calls.</summary>
    public int NoShowAfterCalls { get; private set; }

    /// <summary>A 过号 ticket that rejoins waits behind this many people.</summary>
    public int RejoinBehind { get; private set; }

    /// <summary>The manager is alerted when someone has waited this long in a line.</summary>
    public int WaitAlertMinutes { get; private set; }

    /// <summary>… when a counter has been paused this long.</summary>
    public int PauseAlertMinutes { get; private set; }

    /// <summary>… when one service at a counter has lasted this long.</summary>
    public int ServiceAlertMinutes { get; private set; }

    /// <summary>When the hall stopped issuing tickets (停用): its history stays, it takes no one new.</summary>
    public DateTime? RetiredAt { get; private set; }

    public bool IsRetired => RetiredAt is not null;

    /// <summary>
    /// A new hall's code: 2–16 capital letters or digits, starting with a letter (it is in every kiosk's and board's address).
    /// </summary>
    public static bool IsValidCode(string? code) =>
        code is { Length: >= 2 and <= 16 } && code[0] is >= 'A' and <= 'Z' && code.All(ch => ch is >= 'A' and <= 'Z' or >= '0' and <= '9');

    /// <summary>停用: no new tickets or appointments from now on; tickets, cases and documents keep the hall's name.</summary>
    public void Retire(DateTime now)
    {
        if (RetiredAt is not null)
        {
            throw new DomainException("Hall.AlreadyRetired", Name);
        }

        RetiredAt = now;
    }

    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>The hall's local calendar day of an instant: numbering restarts on it.</summary>
    public DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    /// <summary>The local day of an instant in a time zone, for code that has no hall at hand.</summary>
    public static DateOnly TodayIn(string timeZoneId, DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById(timeZoneId)));

    public DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZone);

    public bool IsOpenAt(DateTime utc)
    {
        if (RetiredAt is not null)
        {
            return false;
        }

        if (OpenAroundTheClock)
        {
            return true;
        }

        var local = TimeOnly.FromDateTime(ToLocal(utc));
        return local >= OpensAt && local < ClosesAt;
    }

    /// <summary>
    /// 今日已满: a number issued at <paramref name="utc"/>, called in <paramref name="waitMinutes"/>, would be called after
    /// the hall closes (<paramref name="closesAtUtc"/>, the next opening change while it is open; null: it never closes).
    /// The kiosk's tiles and the issue ask the same question.
    /// </summary>
    public static bool WaitPassesClosing(DateTime utc, int waitMinutes, DateTime? closesAtUtc) =>
        closesAtUtc is { } closes && utc.AddMinutes(waitMinutes) > closes;

    /// <summary>Whether a number issued now and called in <paramref name="waitMinutes"/> would be called after closing today.</summary>
    public bool WaitPassesClosing(DateTime utc, int waitMinutes) =>
        IsOpenAt(utc) && WaitPassesClosing(utc, waitMinutes, NextOpeningChangeAfter(utc));

    /// <summary>
    /// The next instant (UTC) after <paramref name="utc"/> at which the hall opens or closes, so that a screen
    /// can redraw its 已下班 at that moment instead of asking every minute; null for a hall open around the clock.
    /// </summary>
    public DateTime? NextOpeningChangeAfter(DateTime utc)
    {
        if (OpenAroundTheClock)
        {
            return null;
        }

        var today = LocalDate(utc);
        DateOnly[] days = [today, today.AddDays(1)];
        foreach (var day in days)
        {
            foreach (var time in (TimeOnly[])[OpensAt, ClosesAt])
            {
                var at = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(time), TimeZone);
                if (at > utc)
                {
                    return at;
                }
            }
        }

        return null;
    }

    public void SetHours(TimeOnly opensAt, TimeOnly closesAt)
    {
        if (closesAt <= opensAt)
        {
            throw new DomainException("Hall.ClosesBeforeOpens");
        }

        OpenAroundTheClock = false;
        OpensAt = opensAt;
        ClosesAt = closesAt;
    }

    public void SetThresholds(int waitAlertMinutes, int pauseAlertMinutes, int serviceAlertMinutes)
    {
        if (waitAlertMinutes is < 5 or > 240 || pauseAlertMinutes is < 5 or > 240 || serviceAlertMinutes is < 5 or > 240)
        {
            throw new DomainException("Hall.AlertRange");
        }

        WaitAlertMinutes = waitAlertMinutes;
        PauseAlertMinutes = pauseAlertMinutes;
        ServiceAlertMinutes = serviceAlertMinutes;
    }

    public void Rename(string name, string notice)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 64)
        {
            throw new DomainException("Hall.NameLength");
        }

        if (notice.Length > 200)
        {
            throw new DomainException("Hall.NoticeTooLong");
        }

        Name = name.Trim();
        Notice = notice.Trim();
    }

    /// <summary>Where the hall is and what it is: the hall comparison page shows both to citizens.</summary>
    public void Describe(string shortName, string address, HallLevel level)
    {
        if (string.IsNullOrWhiteSpace(shortName) || shortName.Trim().Length > 8)
        {
            throw new DomainException("Hall.ShortNameLength");
        }

        if (address.Length > 100)
        {
            throw new DomainException("Hall.AddressTooLong");
        }

        if (!Enum.IsDefined(level))
        {
            throw new DomainException("Hall.LevelInvalid");
        }

        ShortName = shortName.Trim();
        Address = address.Trim();
        Level = level;
    }

    public void OpenAroundTheClockAgain() => OpenAroundTheClock = true;

    public void SetQueueRules(int noShowAfterCalls, int rejoinBehind)
    {
        if (noShowAfterCalls is < 1 or > 10)
        {
            throw new DomainException("Hall.NoShowCallsRange");
        }

        if (rejoinBehind is < 0 or > 100)
        {
            throw new DomainException("Hall.RejoinBehindRange");
        }

        NoShowAfterCalls = noShowAfterCalls;
        RejoinBehind = rejoinBehind;
    }
}
