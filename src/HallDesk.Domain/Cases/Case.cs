using HallDesk.Domain.Calendar;
using HallDesk.Domain.Catalog;

namespace HallDesk.Domain.Cases;

/// <summary>办件: one application taken in at the comprehensive window, reviewed by the departments, delivered.</summary>
public sealed partial class Case
{
    private readonly List<ReviewTask> _tasks = [];

    private Case()
    {
        CaseNumber = HallCode = ClerkName = ApplicantName = ApplicantIdNumber = ApplicantPhone = SubjectCode = SubjectName = "";
        Items = [];
        Materials = [];
        Events = [];
    }

    public Case(string caseNumber, string hallCode, string? ticketNumber, string clerkName, Applicant applicant,
        string subjectCode, string subjectName, bool isBundle, IEnumerable<CaseItem> items, IEnumerable<CaseMaterial> materials, DateTime now,
        string? evaluationToken = null, bool deliverEachResult = false)
    {
        EvaluationToken = evaluationToken ?? "";
        DeliverEachResult = deliverEachResult;
        CaseNumber = caseNumber;
        HallCode = hallCode;
        TicketNumber = ticketNumber;
        ClerkName = clerkName;
        ApplicantKind = applicant.Kind;
        ApplicantName = applicant.Name;
        ApplicantIdNumber = applicant.IdNumber;
        ApplicantPhone = applicant.Phone;
        LegalRepresentative = applicant.LegalRepresentative;
        AgentName = applicant.AgentName;
        AgentIdNumber = applicant.AgentIdNumber;
        SubjectCode = subjectCode;
        SubjectName = subjectName;
        IsBundle = isBundle;
        Items = items.ToList();
        Materials = materials.ToList();
        Events = [];
        ReceivedAt = now;
        if (Items.Count == 0)
        {
            throw new DomainException("Case.SubjectRequired");
        }
    }

    /// <summary>
    /// The case was taken in during this service of the ticket (its visit to the window since
    /// <c>AtCounterSince</c>): the rating of that visit covers it, and no other visit's does.
    /// </summary>
    public void TakenInDuring(Queue.Ticket ticket)
    {
        if (ticket.HallCode != HallCode || ticket.Number != TicketNumber || ticket.AtCounterSince is null)
        {
            throw new DomainException("Case.TicketNotServingHere", ticket.Number);
        }

        TicketId = ticket.Id;
        TicketAtCounterSince = ticket.AtCounterSince;
    }

    /// <summary>
    /// 帮办代办 at a 代办点: an agent of the point took the application in on the citizen's behalf, with no ticket and no
    /// queue. The case stays its parent hall's (numbered, reviewed and collected there) and names the point.
    /// </summary>
    public void TakenInAtAgencyPoint(string pointCode, string pointName, string agent, DateTime now)
    {
        if (TicketId is not null || AgencyPointCode is not null)
        {
            throw new DomainException("Case.AgencyPointTwice", CaseNumber);
        }

        AgencyPointCode = pointCode;
        AgencyPointName = pointName;
        Record(now, agent, CaseJournal.AgencyIntake, pointName);
    }

    public long Id { get; private set; }

    public string CaseNumber { get; private set; }

    public string HallCode { get; private set; }

    public string? TicketNumber { get; private set; }

    /// <summary>The ticket whose service took the case in, and that service's start (<c>Ticket.AtCounterSince</c>).</summary>
    public long? TicketId { get; private set; }

    public DateTime? TicketAtCounterSince { get; private set; }

    public string ClerkName { get; private set; }

    public ApplicantKind ApplicantKind { get; private set; }

    public string ApplicantName { get; private set; }

    /// <summary>居民身份证号码 or 统一社会信用代码. Never on a public answer.</summary>
    public string ApplicantIdNumber { get; private set; }

    public string ApplicantPhone { get; private set; }

    public string? LegalRepresentative { get; private set; }

    public string? AgentName { get; private set; }

    /// <summary>代理人's 居民身份证号码. Never on a public answer.</summary>
    public string? AgentIdNumber { get; private set; }

    public string SubjectCode { get; private set; }

    public string SubjectName { get; private set; }

    public bool IsBundle { get; private set; }

    public List<CaseItem> Items { get; private set; }

    public List<CaseMaterial> Materials { get; private set; }

    public List<CaseEvent> Events { get; private set; }

    public IReadOnlyList<ReviewTask> Tasks => _tasks;

    public CaseStatus Status { get; private set; }

    public CaseOutcome Outcome { get; private set; }

    public DateTime ReceivedAt { get; private set; }

    public DateTime? AcceptedAt { get; private set; }

    public DateOnly? AcceptedOn { get; private set; }

    public DateOnly? PromisedDate { get; private set; }

    /// <summary>The promised date was counted through a year whose holidays were not yet published: weekends only (按周末计算).</summary>
    public bool PromisedOnWeekendsOnly { get; private set; }

    public DateTime? ConcludedAt { get; private set; }

    /// <summary>The day review was interrupted for correction (补正 during review), to stop the clock.</summary>
    public DateOnly? CorrectionSince { get; private set; }

    public string? CorrectionNote { get; private set; }

    public string? RejectReason { get; private set; }

    public string? RejectLegalBasis { get; private set; }

    public RejectionGround RejectGround { get; private set; }

    /// <summary>Where to apply instead (§32(1)(2)): the competent body the 不予受理通知书 names.</summary>
    public string? RejectApplyTo { get; private set; }

    public DeliveryMethod DeliveryMethod { get; private set; }

    /// <summary>代办点: the community agent point that took the case in (帮办代办); null at a hall's window.</summary>
    public string? AgencyPointCode { get; private set; }

    public string? AgencyPointName { get; private set; }

    /// <summary>帮办代办 by a 代办点's agent.</summary>
    public bool ByAgencyPoint => AgencyPointCode is not null;

    /// <summary>全区通办: the hall where the citizen collects the result; null means the accepting hall.</summary>
    public string? DeliveryHallCode { get; private set; }

    public string? DeliveryHallName { get; private set; }

    /// <summary>The hall whose output window hands the result over.</summary>
    public string CollectionHallCode => DeliveryHallCode ?? HallCode;

    public string? MailAddress { get; private set; }

    public string? MailCarrier { get; private set; }

    public string? MailTrackingNumber { get; private set; }

    public DateTime? DeliveredAt { get; private set; }

    /// <summary>The secret printed as a QR code on the receipt: the citizen rates the case online with it, once.</summary>
    public string EvaluationToken { get; private set; } = "";

    /// <summary>Optimistic concurrency of the case itself.</summary>
    public int Version { get; private set; }

    /// <summary>Required and neither handed in, nor supplied otherwise, nor owed on a 容缺 promise.</summary>
    public IReadOnlyList<CaseMaterial> MissingMaterials => Materials.Where(m => m.Required && m.State == MaterialState.Missing).ToList();

    /// <summary>
    /// 受理: every required material is there, or (容缺受理) owed by <paramref name="owedBy"/> on the applicant's written promise
    /// where the catalog allows it; the departments' tasks open, 即办 parts conclude at once.
    /// </summary>
    /// <param name="owed">Keys of missing 容缺 materials the applicant promised to bring; a key material among them is refused.</param>
    public void Accept(WorkCalendar calendar, DateOnly today, string actor, DateTime now, IReadOnlyCollection<string>? owed = null, DateOnly? owedBy = null)
    {
        RequireStatus("Case.CannotAccept", CaseStatus.Received, CaseStatus.AwaitingCorrection);
        if (_tasks.Count > 0)
        {
            throw new DomainException("Case.UseCorrectionSubmit");
        }

        var deferred = owed is { Count: > 0 } ? Defer(owed, owedBy, today) : [];

        var missing = MissingMaterials;
        if (missing.Count > 0)
        {
            throw new DomainException("Case.MaterialsMissing", missing.Select(m => m.Name).ToList());
        }

        Status = CaseStatus.UnderReview;
        AcceptedAt = now;
        AcceptedOn = today;
        // In stages, the promise counts each stage's slowest item; with one stage that is the slowest item.
        PromisedDate = calendar.AddWorkingDays(today, StagePlan.DaysTaken(Items.Select(i => (i.Stage, i.EffectiveDays))));
        PromisedOnWeekendsOnly = calendar.CountedOnWeekendsOnly(today, PromisedDate.Value);
        OpenStage(StagePlan.FirstStage, calendar, today, actor, now);
        Record(now, actor, CaseJournal.Accepted, CaseJournal.AcceptedDetail(PromisedDate, _tasks.Select(t => t.DepartmentName)));
        if (deferred.Count > 0)
        {
            Record(now, actor, CaseJournal.AcceptedWithOwed, CaseJournal.OwedDetail(deferred, OwedBy!.Value));
        }

        OpenNextStages(calendar, today, now);
        ConcludeIfAllDecided(now);
    }

    /// <summary>补正 at the window: one list of everything missing; the case waits for the applicant.</summary>
    public void RequestCorrection(string actor, DateTime now)
    {
        RequireStatus("Case.CannotRequestCorrection", CaseStatus.Received);
        var missing = MissingMaterials;
        if (missing.Count == 0)
        {
            throw new DomainException("Case.NothingMissing");
        }

        Status = CaseStatus.AwaitingCorrection;
        CorrectionNote = CaseJournal.CorrectionNote(missing.Select(m => m.Name));
        Record(now, actor, CaseJournal.CorrectionRequested, CorrectionNote);
    }

    /// <summary>不予受理, with the reason and its legal basis.</summary>
    public void Reject(string reason, string legalBasis, string actor, DateTime now) =>
        Reject(RejectionGround.Other, reason, legalBasis, null, actor, now);

    /// <summary>不予受理 on a ground of 《行政许可法》: not within powers names the body to apply to instead.</summary>
    public void Reject(RejectionGround ground, string reason, string legalBasis, string? applyTo, string actor, DateTime now)
    {
        RequireStatus("Case.CannotReject", CaseStatus.Received, CaseStatus.AwaitingCorrection);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Case.RejectReasonRequired");
        }

        if (string.IsNullOrWhiteSpace(legalBasis))
        {
            throw new DomainException("Case.RejectBasisRequired");
        }

        if (ground == RejectionGround.NotWithinPowers && string.IsNullOrWhiteSpace(applyTo))
        {
            throw new DomainException("Case.RejectApplyToRequired");
        }

        if (_tasks.Count > 0)
        {
            throw new DomainException("Case.AlreadyAccepted");
        }

        Status = CaseStatus.NotAccepted;
        RejectGround = ground;
        RejectApplyTo = ground == RejectionGround.NotWithinPowers ? applyTo!.Trim() : null;
        RejectReason = reason.Trim();
        RejectLegalBasis = legalBasis.Trim();
        Record(now, actor, CaseJournal.Rejected, CaseJournal.RejectedDetail(RejectReason, RejectLegalBasis));
    }

    /// <summary>The applicant brings materials; during review a complete set resumes the returned tasks.</summary>
    public void ProvideMaterials(IEnumerable<string> keys, WorkCalendar calendar, DateOnly today, string actor, DateTime now)
    {
        RequireStatus("Case.CannotSubmitCorrection", CaseStatus.AwaitingCorrection);
        var provided = keys.ToHashSet();
        var names = new List<string>();
        Materials = Materials.Select(m =>
        {
            if (!m.Satisfied && provided.Contains(m.Key))
            {
                names.Add(m.Name);
                return m with { State = MaterialState.Submitted };
            }

            return m;
        }).ToList();
        if (names.Count == 0)
        {
            throw new DomainException("Case.NothingProvided");
        }

        Record(now, actor, CaseJournal.CorrectionSubmitted, CaseJournal.List(names));
        OwedBy = EarliestOwed();
        if (_tasks.Count == 0 || MissingMaterials.Count > 0)
        {
            return;
        }

        // Only the clocks that stopped for the correction go on (moved by their days); the others never stopped.
        var paused = CorrectionSince is { } since ? calendar.WorkingDaysBetween(since, today) : 0;
        foreach (var task in _tasks.Where(t => !t.Decided))
        {
            task.EndCorrection(calendar, today, CorrectionSince);
        }

        Status = CaseStatus.UnderReview;
        CorrectionSince = null;
        CorrectionNote = null;
        Record(now, actor, CaseJournal.ReviewResumed, CaseJournal.ReviewResumedDetail(paused));
    }

    /// <summary>
    /// The task a reviewer holds (<see cref="ReviewTask.IsHeldBy"/>): the open one, or (all decided) the latest; null when none
    /// is theirs. A reviewer of a sub-hall holds the tasks delegated to it; a department's reviewer no delegated task.
    /// </summary>
    public ReviewTask? TaskHeldBy(string? departmentCode, string hallCode) =>
        _tasks.Where(t => t.IsHeldBy(departmentCode, hallCode)).OrderBy(t => t.Decided).ThenByDescending(t => t.Stage).FirstOrDefault();

    /// <summary>The department's task: the open one, or (all decided) the one of its latest stage.</summary>
    public ReviewTask TaskOf(string departmentCode) =>
        _tasks.Where(t => t.DepartmentCode == departmentCode).OrderBy(t => t.Decided).ThenByDescending(t => t.Stage).FirstOrDefault()
        ?? throw new DomainException("Case.NoTaskForDepartment");

    /// <param name="calendar">Counts the deadlines of the stage this decision may open (needed for a case in stages).</param>
    /// <param name="today">The day the next stage opens.</param>
    /// <param name="signer">Who decides, for an item with two-step sign-off (审批 after someone else's 审核).</param>
    public void Decide(string departmentCode, bool approve, string opinion, string reviewer, DateTime now, WorkCalendar? calendar = null, DateOnly? today = null,
        ReviewSigner? signer = null)
    {
        RequireInReview("Case.CannotReview");
        if (approve)
        {
            EnsureNothingOwed();
        }

        var task = TaskOf(departmentCode);
        task.Decide(approve, opinion, reviewer, now, signer);
        Record(now, reviewer, approve ? CaseJournal.Approved : CaseJournal.Denied, CaseJournal.ByDepartment(task.DepartmentName, task.Opinion ?? ""));
        OpenNextStages(calendar, today, now);
        ConcludeIfAllDecided(now);
    }

    /// <summary>审核: the first step of a two-step sign-off; the 审批 is another person's.</summary>
    public void Check(string departmentCode, bool approve, string opinion, ReviewSigner checker, DateTime now)
    {
        RequireInReview("Case.CannotReview");
        var task = TaskOf(departmentCode);
        task.Check(approve, opinion, checker, now);
        Record(now, checker.Name, CaseJournal.Checked, CaseJournal.ByDepartment(task.DepartmentName, task.CheckOpinion ?? ""));
    }

    /// <summary>
    /// 补正 during review: a department asks the applicant for material its review needs. Only its own clock stops, and
    /// those of the departments the reviewer names in <paramref name="waiting"/> (the material concerns them too); the
    /// other departments keep reviewing. The case waits at the window for the material.
    /// </summary>
    public void ReturnForCorrection(string departmentCode, string missing, string reviewer, DateOnly today, DateTime now,
        IReadOnlyCollection<string>? waiting = null)
    {
        RequireInReview("Case.CannotReturn");
        if (string.IsNullOrWhiteSpace(missing))
        {
            throw new DomainException("Case.ReturnContentRequired");
        }

        var task = TaskOf(departmentCode);
        var waiters = (waiting ?? []).Where(code => code != departmentCode).Distinct()
            .Select(code => _tasks.FirstOrDefault(t => t.DepartmentCode == code && t.Status == ReviewStatus.Pending && !t.WaitsForCorrection)
                ?? throw new DomainException("Review.NothingToWait", code))
            .ToList();
        task.Return(missing.Trim(), reviewer, today, now);
        foreach (var waiter in waiters)
        {
            waiter.WaitForCorrection(today);
        }

        Materials.Add(new CaseMaterial("correction-" + (Events.Count + 1), missing.Trim(), CaseJournal.OriginalForm, 1, true, MaterialState.Missing, task.DepartmentName));
        var note = CaseJournal.ReturnNote(task.DepartmentName, missing.Trim());
        CorrectionNote = Status == CaseStatus.AwaitingCorrection && CorrectionNote is { Length: > 0 } earlier ? CaseJournal.Notes(earlier, note) : note;
        CorrectionSince ??= today;
        Status = CaseStatus.AwaitingCorrection;
        Record(now, reviewer, CaseJournal.Returned, CaseJournal.ReturnDetail(note, waiters.Select(w => w.DepartmentName)));
    }

    public void Suspend(string departmentCode, SuspensionKind kind, string reason, string reviewer, DateOnly today, DateTime now)
    {
        RequireInReview("Case.CannotPauseClock");
        var task = TaskOf(departmentCode);
        task.Suspend(kind, reason, today);
        Record(now, reviewer, CaseJournal.ClockPaused, CaseJournal.ByDepartment(task.DepartmentName, task.SuspendReason ?? ""));
    }

    /// <summary>The hall manager approves a 特别程序 longer than the item's cap, by so many working days.</summary>
    public void ExtendSuspension(string departmentCode, int days, string reason, string manager, DateTime now)
    {
        RequireInReview("Case.CannotPauseClock");
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Review.ExtensionReasonRequired");
        }

        var task = TaskOf(departmentCode);
        task.ExtendSuspension(days);
        Record(now, manager, CaseJournal.SuspensionExtended, CaseJournal.SuspensionExtendedDetail(task.DepartmentName, days, reason.Trim()));
    }

    public void ResumeClock(string departmentCode, WorkCalendar calendar, string reviewer, DateOnly today, DateTime now)
    {
        RequireInReview("Case.CannotResumeClock");
        var task = TaskOf(departmentCode);
        task.Resume(calendar, today);
        Record(now, reviewer, CaseJournal.ClockResumed, CaseJournal.ClockResumedDetail(task.DepartmentName, task.Deadline(calendar)));
    }

    /// <summary>全区通办: the citizen collects the result at another hall (or back at the accepting one).</summary>
    public void ChooseCollectionHall(string hallCode, string hallName, string actor, DateTime now)
    {
        if (Status is CaseStatus.Delivered or CaseStatus.NotAccepted)
        {
            throw new DomainException("Case.CollectionHallClosed", Status);
        }

        if (DeliveryMethod == DeliveryMethod.Mail)
        {
            throw new DomainException("Case.CollectionHallMailed");
        }

        if (hallCode == CollectionHallCode)
        {
            throw new DomainException("Case.SameCollectionHall", hallName);
        }

        DeliveryHallCode = hallCode == HallCode ? null : hallCode;
        DeliveryHallName = hallCode == HallCode ? null : hallName;
        Record(now, actor, CaseJournal.CollectionHallChosen, CaseJournal.CollectionHallChosenDetail(hallName));
    }

    /// <summary>出件 at the window: the collector's ID document is checked against the case before anything changes.</summary>
    public void DeliverAtWindow(Collector collector, string actor, string hallCode, DateTime now)
    {
        RequireStatus("Case.CannotDeliver", CaseStatus.Concluded);
        if (DeliveryMethod == DeliveryMethod.Mail)
        {
            throw new DomainException("Case.MailedDeliverOnReceipt");
        }

        if (hallCode != CollectionHallCode)
        {
            throw DeliveryHallName is { } hall
                ? new DomainException("Case.CollectAtHall", hall)
                : new DomainException("Case.CollectAtAcceptingHall");
        }

        var who = CheckCollector(collector);
        DeliveryMethod = DeliveryMethod.Window;
        Status = CaseStatus.Delivered;
        DeliveredAt = now;
        CollectedBy = who.Kind;
        CollectorName = who.Name;
        CollectorRelation = who.Relation;
        Record(now, actor, CaseJournal.DeliveredAtWindow, CaseJournal.CollectedDetail(who.Kind, who.Name!, who.Relation));
    }

    public void SendByMail(string address, string carrier, string trackingNumber, string actor, DateTime now)
    {
        RequireStatus("Case.CannotMail", CaseStatus.Concluded);
        if (DeliveryMethod == DeliveryMethod.Mail)
        {
            throw new DomainException("Case.AlreadyMailed");
        }

        if (string.IsNullOrWhiteSpace(address) || string.IsNullOrWhiteSpace(carrier) || string.IsNullOrWhiteSpace(trackingNumber))
        {
            throw new DomainException("Case.MailDetailsRequired");
        }

        DeliveryMethod = DeliveryMethod.Mail;
        MailAddress = address.Trim();
        MailCarrier = carrier.Trim();
        MailTrackingNumber = trackingNumber.Trim();
        Record(now, actor, CaseJournal.Mailed, $"{MailCarrier} {MailTrackingNumber}");
    }

    public void ConfirmMailDelivered(string actor, DateTime now)
    {
        RequireStatus("Case.CannotConfirmReceipt", CaseStatus.Concluded);
        if (DeliveryMethod != DeliveryMethod.Mail)
        {
            throw new DomainException("Case.NotMailed");
        }

        Status = CaseStatus.Delivered;
        DeliveredAt = now;
        Record(now, actor, CaseJournal.MailDelivered, $"{MailCarrier} {MailTrackingNumber}");
    }

    private void ConcludeIfAllDecided(DateTime now)
    {
        if (_tasks.Count == 0 || !_tasks.All(t => t.Decided))
        {
            return;
        }

        // A denied part stops the chain: the later stages never open, and their items are not granted.
        var approved = _tasks.Count(t => t.Status == ReviewStatus.Approved);
        var allStagesRan = CurrentStage == StageCount;
        Outcome = approved == _tasks.Count && allStagesRan ? CaseOutcome.Approved : approved == 0 ? CaseOutcome.Denied : CaseOutcome.PartlyApproved;
        Status = CaseStatus.Concluded;
        ConcludedAt = now;
        // Decided (a denial may come before the owed material): the window no longer waits for it.
        OwedBy = null;
        Record(now, CaseJournal.System, CaseJournal.Concluded, CaseJournal.OutcomeWord(Outcome));
    }

    private void Record(DateTime at, string actor, string action, string detail)
    {
        Events.Add(new CaseEvent(at, actor, action, detail));
        Version++;
    }

    /// <summary>In the departments' review: under review, or waiting for a correction one department asked for.</summary>
    private void RequireInReview(string key)
    {
        if (Status != CaseStatus.UnderReview && !(Status == CaseStatus.AwaitingCorrection && _tasks.Count > 0))
        {
            throw new DomainException(key, CaseNumber, Status);
        }
    }

    private void RequireStatus(string key, params CaseStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new DomainException(key, CaseNumber, Status);
        }
    }
}
