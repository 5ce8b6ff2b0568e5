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
        DepartmentCode = departmentCode;
        DepartmentName = departmentName;
        ItemCodes = string.Join(',', list.Select(i => i.Code));
        ItemNames = CaseJournal.List(list.Select(i => i.Name));
        PromisedDate = promisedDate;
    }

    public long Id { get; private set; }

    public long CaseId { get; private set; }

    public string DepartmentCode { get; private set; }

    public string DepartmentName { get; private set; }

    public string ItemCodes { get; private set; }

    public string ItemNames { get; private set; }

    /// <summary>The stage of the case it belongs to; the task exists from the day its stage opens.</summary>
    public int Stage { get; private set; } = 1;

    public bool Covers(string itemCode) => ItemCodes.Split(',').Contains(itemCode);

    public ReviewStatus Status { get; private set; }

    public DateOnly PromisedDate { get; private set; }

    /// <summary>Working days the clock stood still (特别程序, 补正); the deadline moves by as many.</summary>
    public int SuspendedDays { get; private set; }

    public DateOnly? SuspendedSince { get; private set; }

    public string? SuspendReason { get; private set; }

    /// <summary>
    /// The day this task's clock stopped for a 补正 during review: its own department asked for material (returned),
    /// or the requesting reviewer chose that this task waits for it too. Other tasks of the case keep running.
    /// </summary>
    public DateOnly? CorrectionSince { get; private set; }

    /// <summary>The task waits for the applicant's correction: its clock stands still and it cannot be decided.</summary>
    public bool WaitsForCorrection => CorrectionSince is not null || Status == ReviewStatus.Returned;

    public string? Opinion { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    /// <summary>Optimistic concurrency: two reviewers deciding at once, one wins.</summary>
    public int Version { get; private set; }

    public bool Decided => Status is ReviewStatus.Approved or ReviewStatus.Denied;

    public bool IsSuspended => SuspendedSince is not null;

    public DateOnly Deadline(WorkCalendar calendar) => calendar.AddWorkingDays(PromisedDate, SuspendedDays);

    /// <summary>Working days left; a clock stopped for correction counts as of the day it stopped.</summary>
    public int WorkingDaysLeft(WorkCalendar calendar, DateOnly today) =>
        calendar.WorkingDaysLeft(CorrectionSince is { } since && since < today ? since : today, Deadline(calendar));

    public DeadlineLight Light(WorkCalendar calendar, DateOnly today) =>
        Decided ? DeadlineLight.None
        : WaitsForCorrection ? DeadlineLight.AwaitingCorrection
        : IsSuspended ? DeadlineLight.Suspended
        : Deadlines.Light(WorkingDaysLeft(calendar, today));

    internal void ConcludeAtOnce(string actor, DateTime now)
    {
        Status = ReviewStatus.Approved;
        Opinion = CaseJournal.ConcludedAtOnce;
        DecidedBy = actor;
        DecidedAt = now;
        Version++;
    }

    internal void Decide(bool approve, string opinion, string reviewer, DateTime now)
    {
        RequireOpen();
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

    internal void Suspend(string reason, DateOnly today)
    {
        RequireOpen();
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
        SuspendReason = reason.Trim();
        Version++;
    }

    internal void Resume(WorkCalendar calendar, DateOnly today)
    {
        if (SuspendedSince is not { } since)
        {
            throw new DomainException("Review.ClockNotPaused");
        }

        SuspendedDays += calendar.WorkingDaysBetween(since, today);
        SuspendedSince = null;
        SuspendReason = null;
        Version++;
    }

    private void RequireOpen()
    {
        if (Status != ReviewStatus.Pending)
        {
            throw new DomainException(Status == ReviewStatus.Returned ? "Review.AlreadyReturned" : "Review.AlreadyDecided", DepartmentName);
        }
    }
}
