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

    public string? Opinion { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    /// <summary>Optimistic concurrency: two reviewers deciding at once, one wins.</summary>
    public int Version { get; private set; }

    public bool Decided => Status is ReviewStatus.Approved or ReviewStatus.Denied;

    public bool IsSuspended => SuspendedSince is not null;

    public DateOnly Deadline(WorkCalendar calendar) => calendar.AddWorkingDays(PromisedDate, SuspendedDays);

    public int WorkingDaysLeft(WorkCalendar calendar, DateOnly today) => calendar.WorkingDaysLeft(today, Deadline(calendar));

    public DeadlineLight Light(WorkCalendar calendar, DateOnly today) =>
        Decided ? DeadlineLight.None
        : IsSuspended || Status == ReviewStatus.Returned ? DeadlineLight.Suspended
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

    internal void Return(string reason, string reviewer, DateTime now)
    {
        RequireOpen();
        Status = ReviewStatus.Returned;
        Opinion = reason;
        DecidedBy = reviewer;
        DecidedAt = now;
        Version++;
    }

    internal void Reopen()
    {
        if (Status == ReviewStatus.Returned)
        {
            Status = ReviewStatus.Pending;
            DecidedAt = null;
            DecidedBy = null;
            Version++;
        }
    }

    internal void Suspend(string reason, DateOnly today)
    {
        RequireOpen();
        if (IsSuspended)
        {
            throw new DomainException("Review.ClockAlreadyPaused");
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

    /// <summary>Adds the working days a case spent waiting for correction during review.</summary>
    internal void AddPausedDays(int days) => SuspendedDays += days;

    private void RequireOpen()
    {
        if (Status != ReviewStatus.Pending)
        {
            throw new DomainException(Status == ReviewStatus.Returned ? "Review.AlreadyReturned" : "Review.AlreadyDecided", DepartmentName);
        }
    }
}
