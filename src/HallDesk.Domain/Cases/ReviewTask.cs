using System.Linq.Expressions;
using HallDesk.Domain.Calendar;

namespace HallDesk.Domain.Cases;

/// <summary>审查任务: one department's part of a case. A bundle gives several, decided in parallel (并联审批).</summary>
public sealed class ReviewTask
{
    private ReviewTask()
    {
        DepartmentCode = DepartmentName = ItemCodes = ItemNames = "";
    }

    internal ReviewTask(string departmentCode, string departmentName, IEnumerable<CaseItem> items, DateOnly promisedDate, int stage = 1)
    {
        Stage = stage;
        var list = items.ToList();
        // 赋权: the task is the sub-hall's when every item of it was delegated to the hall that took the case in.
        ReviewHallCode = list.Select(i => i.ReviewHall).Distinct().ToList() is [{ } hall] ? hall : null;
        DepartmentCode = departmentCode;
        DepartmentName = departmentName;
        ItemCodes = string.Join(',', list.Select(i => i.Code));
        ItemNames = CaseJournal.List(list.Select(i => i.Name));
        PromisedDate = promisedDate;
        SuspensionCapDays = list.Count > 0 ? list.Min(i => i.SpecialProcedureDays) : CaseItem.DefaultSpecialProcedureDays;
        RequiresSignOff = list.Any(i => i.TwoStepSignOff);
    }

    public long Id { get; private set; }

    public long CaseId { get; private set; }

    public string DepartmentCode { get; private set; }

    public string DepartmentName { get; private set; }

    public string ItemCodes { get; private set; }

    public string ItemNames { get; private set; }

    /// <summary>The stage of the case it belongs to; the task exists from the day its stage opens.</summary>
    public int Stage { get; private set; } = 1;

    /// <summary>赋权: the sub-hall whose reviewers decide this task; null: the department's (the district's) reviewers.</summary>
    public string? ReviewHallCode { get; private set; }

    /// <summary>
    /// Whose task it is: a delegated task belongs to the reviewers of its hall, any other to the reviewers of its department.
    /// </summary>
    public bool IsHeldBy(string? departmentCode, string hallCode) =>
        ReviewHallCode is { } hall ? hall == hallCode : departmentCode is { Length: > 0 } && departmentCode == DepartmentCode;

    /// <summary><see cref="IsHeldBy"/> as a query (the review inbox).</summary>
    public static Expression<Func<ReviewTask, bool>> HeldBy(string? departmentCode, string hallCode)
    {
        var department = string.IsNullOrEmpty(departmentCode) ? null : departmentCode;
        return t => t.ReviewHallCode != null ? t.ReviewHallCode == hallCode : department != null && t.DepartmentCode == department;
    }

    public bool Covers(string itemCode) => ItemCodes.Split(',').Contains(itemCode);

    public ReviewStatus Status { get; private set; }

    public DateOnly PromisedDate { get; private set; }

    /// <summary>Working days the clock stood still (特别程序, 补正); the deadline moves by as many.</summary>
    public int SuspendedDays { get; private set; }

    public DateOnly? SuspendedSince { get; private set; }

    public string? SuspendReason { get; private set; }

    /// <summary>The kind of the running 特别程序 (检验、检测、检疫、鉴定、专家评审、听证).</summary>
    public SuspensionKind? SuspendKind { get; private set; }

    /// <summary>The longest the task's 特别程序 may stop its clock, in working days (the strictest of its items).</summary>
    public int SuspensionCapDays { get; private set; } = CaseItem.DefaultSpecialProcedureDays;

    /// <summary>Working days beyond the cap the hall manager approved.</summary>
    public int SuspensionExtraDays { get; private set; }

    /// <summary>Working days of 特别程序 already counted (ended suspensions).</summary>
    public int SuspensionDaysUsed { get; private set; }

    /// <summary>Working days of 特别程序 still allowed: the cap and approved extensions, less what ended suspensions used.</summary>
    public int SuspensionDaysLeft => Math.Max(0, SuspensionCapDays + SuspensionExtraDays - SuspensionDaysUsed);

    /// <summary>
    /// Working days the running suspension went past what is allowed: those count against the deadline again, since the
    /// clock cannot stand still longer without the manager's approval.
    /// </summary>
    public int SuspensionOverrun(WorkCalendar calendar, DateOnly today) =>
        SuspendedSince is { } since ? Math.Max(0, calendar.WorkingDaysBetween(since, today) - SuspensionDaysLeft) : 0;

    /// <summary>
    /// The day this task's clock stopped for a 补正 during review: its own department asked for material (returned),
    /// or the requesting reviewer chose that this task waits for it too. Other tasks of the case keep running.
    /// </summary>
    public DateOnly? CorrectionSince { get; private set; }

    /// <summary>The task waits for the applicant's correction: its clock stands still and it cannot be decided.</summary>
    public bool WaitsForCorrection => CorrectionSince is not null || Status == ReviewStatus.Returned;

    public string? Opinion { get; private set; }

    public string? DecidedBy { get; private set; }

    /// <summary>审核 then 审批: the decision needs two people of the department, the second with the 审批 permission.</summary>
    public bool RequiresSignOff { get; private set; }

    /// <summary>审核人: who checked the task and proposed the decision (two-step sign-off).</summary>
    public string? CheckedBy { get; private set; }

    /// <summary>The 审核人's account: the 审批 must come from another one.</summary>
    public string? CheckedByAccount { get; private set; }

    public DateTime? CheckedAt { get; private set; }

    /// <summary>审核意见.</summary>
    public string? CheckOpinion { get; private set; }

    /// <summary>Whether the 审核人 proposed approval.</summary>
    public bool CheckProposesApproval { get; private set; }

    public bool Checked => CheckedAt is not null;

    public DateTime? DecidedAt { get; private set; }

    /// <summary>Optimistic concurrency: two reviewers deciding at once, one wins.</summary>
    public int Version { get; private set; }

    public bool Decided => Status is ReviewStatus.Approved or ReviewStatus.Denied;

    public bool IsSuspended => SuspendedSince is not null;

    public DateOnly Deadline(WorkCalendar calendar) => calendar.AddWorkingDays(PromisedDate, SuspendedDays);

    /// <summary>Working days left; a clock stopped for correction counts as of the day it stopped.</summary>
    public int WorkingDaysLeft(WorkCalendar calendar, DateOnly today) =>
        SuspendedSince is { } paused && paused < today && SuspensionOverrun(calendar, today) is var overrun && overrun > 0
            ? calendar.WorkingDaysLeft(paused, Deadline(calendar)) - overrun
            : calendar.WorkingDaysLeft(CorrectionSince is { } since && since < today ? since : today, Deadline(calendar));

    /// <summary>A suspension past its cap lights the deadline again (no longer grey): the clock runs.</summary>
    public DeadlineLight Light(WorkCalendar calendar, DateOnly today) =>
        Decided ? DeadlineLight.None
        : WaitsForCorrection ? DeadlineLight.AwaitingCorrection
        : IsSuspended && SuspensionOverrun(calendar, today) == 0 ? DeadlineLight.Suspended
        : Deadlines.Light(WorkingDaysLeft(calendar, today));

    internal void ConcludeAtOnce(string actor, DateTime now)
    {
        Status = ReviewStatus.Approved;
        Opinion = CaseJournal.ConcludedAtOnce;
        DecidedBy = actor;
        DecidedAt = now;
        Version++;
    }

    /// <summary>审核: the first of two steps, by any reviewer of the department.</summary>
    internal void Check(bool approve, string opinion, ReviewSigner checker, DateTime now)
    {
        RequireOpen();
        RequireClockRunning();
        if (!RequiresSignOff)
        {
            throw new DomainException("Review.NoSignOffNeeded");
        }

        if (Checked)
        {
            throw new DomainException("Review.AlreadyChecked", CheckedBy ?? "");
        }

        if (string.IsNullOrWhiteSpace(opinion))
        {
            throw new DomainException(approve ? "Review.OpinionRequired" : "Review.DenialReasonRequired");
        }

        CheckedBy = checker.Name;
        CheckedByAccount = checker.Account;
        CheckedAt = now;
        CheckOpinion = opinion.Trim();
        CheckProposesApproval = approve;
        Version++;
    }

    internal void Decide(bool approve, string opinion, string reviewer, DateTime now, ReviewSigner? signer = null)
    {
        RequireOpen();
        if (RequiresSignOff)
        {
            // 审批: after the 审核, by someone else of the department who holds the 审批 permission.
            if (!Checked)
            {
                throw new DomainException("Review.CheckFirst");
            }

            if (signer is not null && signer.Account == CheckedByAccount)
            {
                throw new DomainException("Review.SameSignerTwice", CheckedBy ?? "");
            }

            if (signer is not { CanApprove: true })
            {
                throw new DomainException("Review.ApproverOnly");
            }
        }

        if (IsSuspended)
        {
            throw new DomainException("Review.ClockPaused");
        }

        if (WaitsForCorrection)
        {
            throw new DomainException("Review.WaitsForCorrection", DepartmentName);
        }

        if (string.IsNullOrWhiteSpace(opinion))
        {
            throw new DomainException(approve ? "Review.OpinionRequired" : "Review.DenialReasonRequired");
        }

        Status = approve ? ReviewStatus.Approved : ReviewStatus.Denied;
        Opinion = opinion.Trim();
        DecidedBy = reviewer;
        DecidedAt = now;
        Version++;
    }

    internal void Return(string reason, string reviewer, DateOnly today, DateTime now)
    {
        RequireOpen();
        if (WaitsForCorrection)
        {
            throw new DomainException("Review.WaitsForCorrection", DepartmentName);
        }

        // New material, new 审核.
        CheckedBy = CheckedByAccount = CheckOpinion = null;
        CheckedAt = null;

        Status = ReviewStatus.Returned;
        CorrectionSince = today;
        Opinion = reason;
        DecidedBy = reviewer;
        DecidedAt = now;
        Version++;
    }

    /// <summary>The requesting reviewer chose that this task waits for another department's correction: its clock stops.</summary>
    internal void WaitForCorrection(DateOnly today)
    {
        RequireOpen();
        if (IsSuspended)
        {
            throw new DomainException("Review.ClockPaused");
        }

        if (CorrectionSince is null)
        {
            CorrectionSince = today;
            Version++;
        }
    }

    /// <summary>
    /// The applicant brought the material: a stopped clock goes on, its deadline moved by the working days it stood
    /// still (a suspended task's own suspension already covers them); a returned task is pending again.
    /// Returns the working days added.
    /// </summary>
    internal int EndCorrection(WorkCalendar calendar, DateOnly today, DateOnly? caseCorrectionSince)
    {
        if (!WaitsForCorrection)
        {
            return 0;
        }

        var since = CorrectionSince ?? caseCorrectionSince;
        var paused = since is { } day && !IsSuspended ? calendar.WorkingDaysBetween(day, today) : 0;
        SuspendedDays += paused;
        CorrectionSince = null;
        if (Status == ReviewStatus.Returned)
        {
            Status = ReviewStatus.Pending;
            DecidedAt = null;
            DecidedBy = null;
        }

        Version++;
        return paused;
    }

    internal void Suspend(SuspensionKind kind, string reason, DateOnly today)
    {
        RequireOpen();
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("Review.PauseKindRequired");
        }

        if (SuspensionDaysLeft == 0)
        {
            throw new DomainException("Review.SuspensionCapReached", DepartmentName, SuspensionCapDays + SuspensionExtraDays);
        }

        if (IsSuspended)
        {
            throw new DomainException("Review.ClockAlreadyPaused");
        }

        if (WaitsForCorrection)
        {
            throw new DomainException("Review.WaitsForCorrection", DepartmentName);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Review.PauseReasonRequired");
        }

        SuspendedSince = today;
        SuspendKind = kind;
        SuspendReason = reason.Trim();
        Version++;
    }

    /// <summary>The hall manager lets the 特别程序 stop the clock longer than the cap allows.</summary>
    internal void ExtendSuspension(int days)
    {
        if (Decided)
        {
            throw new DomainException("Review.AlreadyDecided", DepartmentName);
        }

        if (days is < 1 or > 250)
        {
            throw new DomainException("Review.ExtensionDaysInvalid");
        }

        SuspensionExtraDays += days;
        Version++;
    }

    internal void Resume(WorkCalendar calendar, DateOnly today)
    {
        if (SuspendedSince is not { } since)
        {
            throw new DomainException("Review.ClockNotPaused");
        }

        // Only the allowed days stand still; beyond the cap the clock ran.
        var counted = Math.Min(calendar.WorkingDaysBetween(since, today), SuspensionDaysLeft);
        SuspendedDays += counted;
        SuspensionDaysUsed += counted;
        SuspendedSince = null;
        SuspendReason = null;
        SuspendKind = null;
        Version++;
    }

    private void RequireClockRunning()
    {
        if (IsSuspended)
        {
            throw new DomainException("Review.ClockPaused");
        }

        if (WaitsForCorrection)
        {
            throw new DomainException("Review.WaitsForCorrection", DepartmentName);
        }
    }

    private void RequireOpen()
    {
        if (Status != ReviewStatus.Pending)
        {
            throw new DomainException(Status == ReviewStatus.Returned ? "Review.AlreadyReturned" : "Review.AlreadyDecided", DepartmentName);
        }
    }
}
