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
            throw new DomainException("业务前缀必须是一个大写字母（A–Z）。");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("业务名称不能为空。");
        }

        if (defaultServiceMinutes <= 0)
        {
            throw new DomainException("默认办理时长必须大于 0 分钟。");
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

    public void Change(string name, int sortOrder, double defaultServiceMinutes)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 32)
        {
            throw new DomainException("业务名称必须是 1–32 个字。");
        }

        if (defaultServiceMinutes is <= 0 or > 240)
        {
            throw new DomainException("默认办理时长必须在 0–240 分钟之间。");
        }

        Name = name.Trim();
        SortOrder = sortOrder;
        DefaultServiceMinutes = defaultServiceMinutes;
    }
}
