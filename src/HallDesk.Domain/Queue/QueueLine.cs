namespace HallDesk.Domain.Queue;

/// <summary>叫号业务: a queue of one hall, named by its prefix letter.</summary>
public sealed class QueueLine
{
    private QueueLine()
    {
        HallCode = "";
        Code = "";
        Name = "";
    }

    public QueueLine(string hallCode, string code, string name, int sortOrder, double defaultServiceMinutes)
    {
        if (code.Length != 1 || code[0] is < 'A' or > 'Z')
        {
            throw new DomainException("Line.CodeInvalid");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("Line.NameRequired");
        }

        if (defaultServiceMinutes <= 0)
        {
            throw new DomainException("Line.MinutesTooSmall");
        }

        HallCode = hallCode;
        Code = code;
        Name = name;
        SortOrder = sortOrder;
        DefaultServiceMinutes = defaultServiceMinutes;
    }

    public int Id { get; private set; }

    public string HallCode { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public int SortOrder { get; private set; }

    /// <summary>Used for wait estimates until the line has served enough tickets today.</summary>
    public double DefaultServiceMinutes { get; private set; }

    /// <summary>停用: the kiosk no longer offers the line; its tickets stay in the history.</summary>
    public DateTime? RetiredAt { get; private set; }

    public bool IsRetired => RetiredAt is not null;

    /// <param name="waiting">People waiting in the line today: they would never be called.</param>
    /// <param name="servingCounters">Counters in service that still list the line.</param>
    public void Retire(int waiting, IReadOnlyCollection<int> servingCounters, DateTime now)
    {
        if (RetiredAt is not null)
        {
            throw new DomainException("Line.AlreadyRetired", Code);
        }

        if (waiting > 0)
        {
            throw new DomainException("Line.RetireWithWaiting", Code, waiting);
        }

        if (servingCounters.Count > 0)
        {
            throw new DomainException("Line.RetireStillServed", Code, servingCounters.Order().ToList());
        }

        RetiredAt = now;
    }

    public void Change(string name, int sortOrder, double defaultServiceMinutes)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 32)
        {
            throw new DomainException("Line.NameLength");
        }

        if (defaultServiceMinutes is <= 0 or > 240)
        {
            throw new DomainException("Line.MinutesRange");
        }

        Name = name.Trim();
        SortOrder = sortOrder;
        DefaultServiceMinutes = defaultServiceMinutes;
    }
}
