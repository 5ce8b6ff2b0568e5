namespace HallDesk.Domain.Cases;

/// <summary>Who collects the result at the output window (出件).</summary>
public enum CollectorKind
{
    /// <summary>Not collected at the window (mailed, or not yet delivered).</summary>
    None = 0,
    /// <summary>申请人本人 (for an organisation, its legal representative with the 营业执照).</summary>
    Applicant = 1,
    /// <summary>代理人 named on the case at intake.</summary>
    Agent = 2,
    /// <summary>代收人: another person collecting for the applicant, showing the applicant's ID document.</summary>
    Proxy = 3,
}

/// <summary>
/// The person at the output window and the last four characters of the ID document shown. The applicant and a
/// 代收人 show the applicant's document; the agent shows their own. A 代收人 gives name and relation to the applicant.
/// </summary>
public sealed record Collector(CollectorKind Kind, string IdLast4, string? Name = null, string? Relation = null)
{
    public static Collector Applicant(string idLast4) => new(CollectorKind.Applicant, idLast4);

    public static Collector Agent(string idLast4) => new(CollectorKind.Agent, idLast4);

    public static Collector Proxy(string name, string relation, string applicantIdLast4) => new(CollectorKind.Proxy, applicantIdLast4, name, relation);

    /// <summary>The last four of an ID number or credit code: digits, or letters of a credit code, or X.</summary>
    public static bool IsLast4(string? value) =>
        value is { Length: 4 } && value.All(ch => char.IsAsciiDigit(ch) || char.IsAsciiLetterUpper(ch));

    public Collector Normalized() => this with
    {
        IdLast4 = (IdLast4 ?? "").Trim().ToUpperInvariant(),
        Name = string.IsNullOrWhiteSpace(Name) ? null : Name.Trim(),
        Relation = string.IsNullOrWhiteSpace(Relation) ? null : Relation.Trim(),
    };
}
