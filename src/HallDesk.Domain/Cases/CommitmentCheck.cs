using HallDesk.Domain.Calendar;

namespace HallDesk.Domain.Cases;

public enum CommitmentCheckStatus
{
    /// <summary>待核查.</summary>
    Open = 0,
    /// <summary>核查属实.</summary>
    Truthful = 1,
    /// <summary>核查不实: the approval is revoked and the applicant listed.</summary>
    Broken = 2,
}

/// <summary>
/// 事后核查: a department checks, after the case concluded, what the applicant promised in the 告知承诺书 instead of
/// proving it at the window. It is due a number of working days after the conclusion.
/// </summary>
public sealed class CommitmentCheck
{
    private CommitmentCheck()
    {
        CaseNumber = HallCode = DepartmentCode = DepartmentName = ItemNames = ApplicantName = ApplicantIdNumber = "";
    }

    private CommitmentCheck(Case c, ReviewTask task, IEnumerable<CaseItem> items, DateOnly openedOn, DateOnly dueOn)
    {
        CaseNumber = c.CaseNumber;
        HallCode = c.HallCode;
        DepartmentCode = task.DepartmentCode;
        DepartmentName = task.DepartmentName;
        ItemNames = CaseJournal.List(items.Select(i => i.Name));
        ApplicantKind = c.ApplicantKind;
        ApplicantName = c.ApplicantName;
        ApplicantIdNumber = c.ApplicantIdNumber;
        OpenedOn = openedOn;
        DueOn = dueOn;
    }

    public long Id { get; private set; }

    public string CaseNumber { get; private set; }

    public string HallCode { get; private set; }

    public string DepartmentCode { get; private set; }

    public string DepartmentName { get; private set; }

    /// <summary>The items taken in on the applicant's commitment.</summary>
    public string ItemNames { get; private set; }

    public ApplicantKind ApplicantKind { get; private set; }

    public string ApplicantName { get; private set; }

    /// <summary>居民身份证号码 or 统一社会信用代码: whom a broken commitment lists.</summary>
    public string ApplicantIdNumber { get; private set; }

    public DateOnly OpenedOn { get; private set; }

    public DateOnly DueOn { get; private set; }

    public CommitmentCheckStatus Status { get; private set; }

    public string? Findings { get; private set; }

    public string? CheckedBy { get; private set; }

    public DateTime? CheckedAt { get; private set; }

    public int Version { get; private set; }

    public bool IsOverdue(DateOnly today) => Status == CommitmentCheckStatus.Open && today > DueOn;

    /// <summary>
    /// The checks a concluded case calls for: one per department whose approved part holds items taken in on the
    /// applicant's commitment, due <paramref name="workingDays"/> working days after <paramref name="today"/>.
    /// </summary>
    public static IReadOnlyList<CommitmentCheck> OpenFor(Case c, WorkCalendar calendar, DateOnly today, int workingDays)
    {
        if (c.Status != CaseStatus.Concluded || workingDays < 1)
        {
            return [];
        }

        return c.Tasks
            .Where(t => t.Status == ReviewStatus.Approved)
            .Select(t => (Task: t, Items: c.Items.Where(i => i.ByCommitment && i.DepartmentCode == t.DepartmentCode).ToList()))
            .Where(x => x.Items.Count > 0)
            .Select(x => new CommitmentCheck(c, x.Task, x.Items, today, calendar.AddWorkingDays(today, workingDays)))
            .ToList();
    }

    /// <summary>
    /// 核查属实 or 不实, with the findings. A broken commitment returns the applicant's entry on the 失信承诺 list,
    /// kept for <paramref name="listMonths"/> months.
    /// </summary>
    public BrokenCommitment? Record(bool truthful, string findings, string reviewer, DateOnly today, DateTime now, int listMonths)
    {
        if (Status != CommitmentCheckStatus.Open)
        {
            throw new DomainException("Commitment.AlreadyChecked", CaseNumber);
        }

        if (string.IsNullOrWhiteSpace(findings))
        {
            throw new DomainException("Commitment.FindingsRequired");
        }

        Status = truthful ? CommitmentCheckStatus.Truthful : CommitmentCheckStatus.Broken;
        Findings = findings.Trim();
        CheckedBy = reviewer;
        CheckedAt = now;
        Version++;
        return truthful ? null : new BrokenCommitment(ApplicantIdNumber, ApplicantName, CaseNumber, DepartmentName, Findings, today, today.AddMonths(Math.Max(1, listMonths)));
    }
}
