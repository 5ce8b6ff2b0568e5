namespace HallDesk.Domain.Cases;

/// <summary>
/// An entry of the local 失信承诺 list: the applicant's commitment was found untrue (核查不实). Until it expires the
/// clerk is warned at intake and the applicant cannot take anything in on a 告知承诺.
/// </summary>
public sealed class BrokenCommitment
{
    private BrokenCommitment()
    {
        ApplicantIdNumber = ApplicantName = CaseNumber = DepartmentName = Findings = "";
    }

    internal BrokenCommitment(string applicantIdNumber, string applicantName, string caseNumber, string departmentName, string findings,
        DateOnly listedOn, DateOnly expiresOn)
    {
        ApplicantIdNumber = applicantIdNumber;
        ApplicantName = applicantName;
        CaseNumber = caseNumber;
        DepartmentName = departmentName;
        Findings = findings;
        ListedOn = listedOn;
        ExpiresOn = expiresOn;
    }

    public long Id { get; private set; }

    public string ApplicantIdNumber { get; private set; }

    public string ApplicantName { get; private set; }

    public string CaseNumber { get; private set; }

    public string DepartmentName { get; private set; }

    public string Findings { get; private set; }

    public DateOnly ListedOn { get; private set; }

    /// <summary>The first day the entry no longer counts.</summary>
    public DateOnly ExpiresOn { get; private set; }

    public bool ActiveOn(DateOnly day) => day >= ListedOn && day < ExpiresOn;

    /// <summary>The latest expiry among the applicant's entries still active on <paramref name="today"/>, or null.</summary>
    public static DateOnly? ListedUntil(IEnumerable<BrokenCommitment> entries, DateOnly today) =>
        entries.Where(e => e.ActiveOn(today)).Select(e => (DateOnly?)e.ExpiresOn).Max();

    /// <summary>告知承诺 is refused while the applicant is on the list.</summary>
    public static void EnsureMayCommit(IEnumerable<BrokenCommitment> entries, DateOnly today)
    {
        if (ListedUntil(entries, today) is { } until)
        {
            throw new DomainException("Commitment.ApplicantListed", until);
        }
    }
}
