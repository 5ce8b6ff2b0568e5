namespace HallDesk.Domain.Queue;

/// <summary>窗口: a service window of a hall, with the lines it serves in priority order.</summary>
public sealed class Counter
{
    private Counter()
    {
        HallCode = "";
        Name = "";
        Lines = "";
    }

    public Counter(string hallCode, int number, string name, CounterKind kind, IEnumerable<string> servedLines)
    {
        if (number < 1)
        {
            throw new DomainException("Counter.NumberTooSmall");
        }

        HallCode = hallCode;
        Number = number;
        Name = name;
        Kind = kind;
        Lines = "";
        ServeLines(servedLines);
    }

    public int Id { get; private set; }

    public string HallCode { get; private set; }

    public int Number { get; private set; }

    public string Name { get; private set; }

    public CounterKind Kind { get; private set; }

    /// <summary>Served line prefixes in priority order, stored as "A,C,E".</summary>
    public string Lines { get; private set; }

    public CounterState State { get; private set; }

    public string? PauseReason { get; private set; }

    public string? ClerkUserId { get; private set; }

    public string? ClerkName { get; private set; }

    public string? ClerkStaffNumber { get; private set; }

    public long? CurrentTicketId { get; private set; }

    public DateTime? StateSince { get; private set; }

    /// <summary>仅按优先级: the clerk turned ageing off; the counter serves its lines strictly in priority order.</summary>
    public bool PriorityOnly { get; private set; }

    /// <summary>停用: the counter can no longer be opened; its services stay in the history.</summary>
    public DateTime? RetiredAt { get; private set; }

    public bool IsRetired => RetiredAt is not null;

    /// <summary>Only a closed counter is retired: a clerk at it would lose the ticket in hand.</summary>
    public void Retire(DateTime now)
    {
        if (RetiredAt is not null)
        {
            throw new DomainException("Counter.AlreadyRetired", Number);
        }

        if (State != CounterState.Closed)
        {
            throw new DomainException("Counter.RetireWhileOpen", Number, ClerkName);
        }

        RetiredAt = now;
    }

    public void SetPriorityOnly(bool priorityOnly) => PriorityOnly = priorityOnly;

    /// <summary>
    /// While a profile for one day (仅今日) is on: the counter's own lines, which it serves again the next day; else null.
    /// </summary>
    public string? PermanentLines { get; private set; }

    /// <summary>The hall's local day the lines in <see cref="Lines"/> were set for only; null when they are the counter's own.</summary>
    public DateOnly? LinesOnlyOn { get; private set; }

    /// <summary>The manager adds a line at the end of the counter's priorities for good (分流建议, 长期).</summary>
    public void AddLine(string line)
    {
        if (Serves(line))
        {
            throw new DomainException("Counter.AlreadyServesLine", Number, line);
        }

        var permanent = PermanentLines;
        var onlyOn = LinesOnlyOn;
        ServeLines([.. ServedLines, line]);
        if (permanent is not null)
        {
            // Today's profile stays today's; the line joins the counter's own lines as well.
            PermanentLines = string.Join(',', permanent.Split(',', StringSplitOptions.RemoveEmptyEntries).Append(line).Distinct());
            LinesOnlyOn = onlyOn;
        }
    }

    /// <summary>
    /// 分流建议, 仅今日: the counter serves the line after its own today; on the hall's next day it serves its own lines
    /// again (<see cref="EndDayProfile"/>).
    /// </summary>
    public void AddLineForToday(string line, DateOnly today)
    {
        if (Serves(line))
        {
            throw new DomainException("Counter.AlreadyServesLine", Number, line);
        }

        EndDayProfile(today);
        var permanent = PermanentLines ?? Lines;
        ServeLines([.. ServedLines, line]);
        PermanentLines = permanent;
        LinesOnlyOn = today;
    }

    /// <summary>A profile set for an earlier day ends: the counter serves its own lines again. True when it did.</summary>
    public bool EndDayProfile(DateOnly today)
    {
        if (LinesOnlyOn is not { } day || day >= today)
        {
            return false;
        }

        Lines = PermanentLines!;
        PermanentLines = null;
        LinesOnlyOn = null;
        return true;
    }

    /// <summary>设为长期: the manager keeps today's lines as the counter's own.</summary>
    public void KeepDayProfile()
    {
        if (LinesOnlyOn is null)
        {
            throw new DomainException("Counter.NoDayProfile", Number);
        }

        PermanentLines = null;
        LinesOnlyOn = null;
    }

    /// <summary>The manager renames a counter or changes its kind (综合/专业/帮办/出件).</summary>
    public void Rename(string name, CounterKind kind)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 32)
        {
            throw new DomainException("Counter.NameLength");
        }

        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("Counter.KindInvalid");
        }

        Name = name.Trim();
        Kind = kind;
    }

    public IReadOnlyList<string> ServedLines => Lines.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public bool Serves(string line) => ServedLines.Contains(line);

    public void ServeLines(IEnumerable<string> lines)
    {
        var list = lines.Distinct().ToList();
        if (list.Count == 0)
        {
            throw new DomainException("Counter.NoLines");
        }

        Lines = string.Join(',', list);
        // Lines set outright are the counter's own: any profile for one day ends.
        PermanentLines = null;
        LinesOnlyOn = null;
    }

    public void Open(string clerkUserId, string clerkName, string staffNumber, DateTime now)
    {
        if (RetiredAt is not null)
        {
            throw new DomainException("Counter.Retired", Number);
        }

        if (State != CounterState.Closed)
        {
            if (ClerkUserId == clerkUserId)
            {
                // Opening again what one already holds changes nothing (a paused counter stays paused).
                return;
            }

            throw new DomainException("Counter.OpenedByOther", Number, ClerkName);
        }

        ClerkUserId = clerkUserId;
        ClerkName = clerkName;
        ClerkStaffNumber = staffNumber;
        PauseReason = null;
        State = CounterState.Open;
        StateSince = now;
    }

    public void EnsureOperatedBy(string clerkUserId)
    {
        if (State == CounterState.Closed || ClerkUserId != clerkUserId)
        {
            throw new DomainException("Counter.NotYours", Number);
        }
    }

    public void Pause(string reason, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Counter.PauseReasonRequired");
        }

        if (reason.Length > 50)
        {
            throw new DomainException("Counter.PauseReasonTooLong");
        }

        if (State == CounterState.Serving)
        {
            throw new DomainException("Counter.PauseWhileServing");
        }

        if (State != CounterState.Open)
        {
            throw new DomainException("Counter.PauseNotOpen");
        }

        State = CounterState.Paused;
        PauseReason = reason.Trim();
        StateSince = now;
    }

    public void Resume(DateTime now)
    {
        if (State != CounterState.Paused)
        {
            throw new DomainException("Counter.NotPaused");
        }

        State = CounterState.Open;
        PauseReason = null;
        StateSince = now;
    }

    public void Close(DateTime now)
    {
        if (State == CounterState.Serving)
        {
            throw new DomainException("Counter.CloseWhileServing");
        }

        State = CounterState.Closed;
        PauseReason = null;
        ClerkUserId = null;
        ClerkName = null;
        ClerkStaffNumber = null;
        StateSince = now;
    }

    /// <summary>A ticket comes to the window (called, or a parked one resumed).</summary>
    public void BeginServing(long ticketId, DateTime now)
    {
        if (State == CounterState.Paused)
        {
            throw new DomainException("Counter.Paused");
        }

        if (State == CounterState.Serving)
        {
            throw new DomainException("Counter.HasTicket");
        }

        if (State != CounterState.Open)
        {
            throw new DomainException("Counter.NotOpen");
        }

        CurrentTicketId = ticketId;
        State = CounterState.Serving;
        StateSince = now;
    }

    /// <summary>The current ticket leaves the window (finished, no-show, parked, transferred).</summary>
    public void EndServing(DateTime now)
    {
        if (State != CounterState.Serving)
        {
            throw new DomainException("Counter.NoTicket");
        }

        CurrentTicketId = null;
        State = CounterState.Open;
        StateSince = now;
    }
}
