namespace HallDesk.Domain.Queue;

/// <summary>
/// 代办点: a community agent point below a street hall (the third level). It has no queue: its agents (代办员) take in
/// applications on citizens' behalf, and the cases are the parent hall's, marked 帮办代办 with the point.
/// </summary>
public sealed class AgencyPoint
{
    private AgencyPoint()
    {
        Code = Name = HallCode = Address = "";
    }

    public AgencyPoint(string code, string name, string hallCode, string address)
    {
        Code = (code ?? "").Trim().ToUpperInvariant();
        Name = (name ?? "").Trim();
        HallCode = hallCode;
        Address = (address ?? "").Trim();
        if (!Hall.IsValidCode(Code))
        {
            throw new DomainException("AgencyPoint.CodeFormat");
        }

        if (Name.Length is < 2 or > 64)
        {
            throw new DomainException("AgencyPoint.NameLength");
        }

        if (Address.Length > 100)
        {
            throw new DomainException("Hall.AddressTooLong");
        }
    }

    public int Id { get; private set; }

    /// <summary>代码, unique across points and halls' codes alike (e.g. <c>XYHG</c>).</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    /// <summary>The street hall it belongs to: its cases are that hall's and reviewed as that hall's.</summary>
    public string HallCode { get; private set; }

    public string Address { get; private set; }

    public DateTime? RetiredAt { get; private set; }

    public bool IsRetired => RetiredAt is not null;

    /// <summary>停用: its agents take in nothing more; its cases and their history stay.</summary>
    public void Retire(DateTime now)
    {
        if (RetiredAt is not null)
        {
            throw new DomainException("AgencyPoint.AlreadyRetired", Name);
        }

        RetiredAt = now;
    }

    /// <summary>Refused while retired: what an agent of the point tries to take in.</summary>
    public void EnsureTakesIn()
    {
        if (RetiredAt is not null)
        {
            throw new DomainException("AgencyPoint.Retired", Name);
        }
    }
}
