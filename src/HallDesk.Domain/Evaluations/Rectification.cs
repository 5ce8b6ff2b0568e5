using HallDesk.Domain.Calendar;

namespace HallDesk.Domain.Evaluations;

public enum RectificationStatus
{
    /// <summary>待核实.</summary>
    Open = 0,
    /// <summary>核实为无效，待负责人审批.</summary>
    InvalidPending = 1,
    /// <summary>核实有效，待整改.</summary>
    Verified = 2,
    /// <summary>已整改，待回访.</summary>
    Fixed = 3,
    /// <summary>已回访.</summary>
    CalledBack = 4,
    Closed = 5,
}

/// <summary>差评整改: a bad rating → verify → fix → call back → close, within a deadline in working days.</summary>
public sealed class Rectification
{
    private Rectification()
    {
        Number = HallCode = DepartmentCode = Summary = "";
        History = [];
    }

    public long Id { get; private set; }

    public string Number { get; private set; }

    public long EvaluationId { get; private set; }

    public string HallCode { get; private set; }

    /// <summary>The department responsible; "hall" for a visit with no case (the hall's own service).</summary>
    public string DepartmentCode { get; private set; }

    public string Summary { get; private set; }

    /// <summary>Real-name: the rater can be reached, so a callback is recorded before closing.</summary>
    public bool RealName { get; private set; }

    public RectificationStatus Status { get; private set; }

    public DateOnly OpenedOn { get; private set; }

    public DateOnly Deadline { get; private set; }

    public bool? Valid { get; private set; }

    public string? VerifyNote { get; private set; }

    public string? Measures { get; private set; }

    public bool? Contacted { get; private set; }

    public string? CallbackOutcome { get; private set; }

    public bool? SatisfiedAfter { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public List<RectificationStep> History { get; private set; }

    public bool IsOverdue(DateOnly today) => Status != RectificationStatus.Closed && today > Deadline;

    /// <summary>Closed by the end of the deadline day in the hall's time zone (ClosedAt is UTC, Deadline a local day).</summary>
    public bool ClosedOnTime => Status == RectificationStatus.Closed && ClosedAt is not null && Queue.Hall.TodayIn(Queue.Hall.DefaultTimeZone, ClosedAt.Value) <= Deadline;

    public static Rectification Open(string number, long evaluationId, string hallCode, string departmentCode, string summary, bool realName,
        WorkCalendar calendar, DateOnly today, int workingDays, DateTime now)
    {
        var r = new Rectification
        {
            Number = number,
            EvaluationId = evaluationId,
            HallCode = hallCode,
            DepartmentCode = departmentCode,
            Summary = summary,
            RealName = realName,
            OpenedOn = today,
            Deadline = calendar.AddWorkingDays(today, workingDays),
        };
        r.Step(now, RectificationJournal.System, RectificationJournal.Opened, RectificationJournal.OpenedDetail(r.Deadline, workingDays));
        return r;
    }

    /// <summary>核实: valid goes on to fixing; invalid needs the manager's approval with the reason.</summary>
    public void Verify(bool valid, string note, string actor, DateTime now)
    {
        Require(RectificationStatus.Open, "Rectification.CannotVerify");
        Need(note, "Rectification.NoteRequired");
        Valid = valid;
        VerifyNote = note.Trim();
        Status = valid ? RectificationStatus.Verified : RectificationStatus.InvalidPending;
        Step(now, actor, valid ? RectificationJournal.VerifiedValid : RectificationJournal.VerifiedInvalid, VerifyNote);
    }

    public void DecideInvalid(bool approve, string actor, DateTime now)
    {
        Require(RectificationStatus.InvalidPending, "Rectification.CannotDecideInvalid");
        if (approve)
        {
            Status = RectificationStatus.Closed;
            ClosedAt = now;
            Step(now, actor, RectificationJournal.InvalidApproved, RectificationJournal.InvalidApprovedDetail);
        }
        else
        {
            Valid = true;
            Status = RectificationStatus.Verified;
            Step(now, actor, RectificationJournal.InvalidRefused, RectificationJournal.InvalidRefusedDetail);
        }
    }

    public void Fix(string measures, string actor, DateTime now)
    {
        Require(RectificationStatus.Verified, "Rectification.CannotFix");
        Need(measures, "Rectification.MeasuresRequired");
        Measures = measures.Trim();
        Status = RectificationStatus.Fixed;
        Step(now, actor, RectificationJournal.Fixed, Measures);
    }

    public void CallBack(bool contacted, string outcome, bool? satisfiedAfter, string actor, DateTime now)
    {
        Require(RectificationStatus.Fixed, "Rectification.CannotCallBack");
        Need(outcome, "Rectification.OutcomeRequired");
        Contacted = contacted;
        CallbackOutcome = outcome.Trim();
        SatisfiedAfter = contacted ? satisfiedAfter : null;
        Status = RectificationStatus.CalledBack;
        Step(now, actor, contacted ? RectificationJournal.CalledBack : RectificationJournal.NotReached, RectificationJournal.CallbackDetail(CallbackOutcome, satisfiedAfter));
    }

    public void Close(string actor, DateTime now)
    {
        if (Status == RectificationStatus.Fixed && RealName)
        {
            throw new DomainException("Rectification.CallbackBeforeClose");
        }

        if (Status is not (RectificationStatus.CalledBack or RectificationStatus.Fixed))
        {
            throw new DomainException("Rectification.CannotClose", Status);
        }

        Status = RectificationStatus.Closed;
        ClosedAt = now;
        Step(now, actor, RectificationJournal.Closed, "");
    }

    private void Require(RectificationStatus status, string key)
    {
        if (Status != status)
        {
            throw new DomainException(key, Status);
        }
    }

    private static void Need(string? text, string key)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException(key);
        }
    }

    private void Step(DateTime at, string actor, string action, string detail) => History.Add(new RectificationStep(at, actor, action, detail));
}

public sealed record RectificationStep(DateTime At, string Actor, string Action, string Detail);
