using HallDesk.Domain.Calendar;
using HallDesk.Domain.Catalog;

namespace HallDesk.Domain.Cases;

/// <summary>一件事一条链: a bundle's stages open one after another; a stage's licence supplies the next stages' materials.</summary>
public sealed partial class Case
{
    /// <summary>
    /// The applicant asked at intake for each stage's results as they come (分阶段出件); otherwise the bundle is
    /// handed over once, when the last stage concludes (one 出件, one 送达回证).
    /// </summary>
    public bool DeliverEachResult { get; private set; }

    /// <summary>The last stage whose results were handed over before the case concluded (0: none).</summary>
    public int HandedOverStage { get; private set; }

    /// <summary>How many stages the case's items run in (1 for an item or a bundle without stages).</summary>
    public int StageCount => Items.Count == 0 ? StagePlan.FirstStage : Items.Max(i => i.Stage);

    /// <summary>The stage whose tasks are open or last opened (0 before acceptance).</summary>
    public int CurrentStage => _tasks.Count == 0 ? 0 : _tasks.Max(t => t.Stage);

    public StageState StateOf(int stage)
    {
        var tasks = _tasks.Where(t => t.Stage == stage).ToList();
        return tasks.Count == 0 ? StageState.NotOpened
            : tasks.Any(t => t.Status == ReviewStatus.Denied) ? StageState.Stopped
            : tasks.All(t => t.Status == ReviewStatus.Approved) ? StageState.Concluded
            : StageState.Open;
    }

    /// <summary>Approved items whose 电子证照 is still to be registered (<see cref="RecordLicence"/>).</summary>
    public IReadOnlyList<CaseItem> LicencesDue =>
        Items.Where(i => i.Yields is not null && i.YieldedNumber is null && IsApproved(i)).ToList();

    /// <summary>
    /// The tasks of one stage open: one per department, due from today by the slowest of its items. Only the
    /// first stage is at the window, so only there do 即办 parts conclude at once.
    /// </summary>
    private void OpenStage(int stage, WorkCalendar calendar, DateOnly today, string actor, DateTime now)
    {
        foreach (var department in Items.Where(i => i.Stage == stage).GroupBy(i => i.DepartmentCode))
        {
            var parts = department.ToList();
            var task = new ReviewTask(department.Key, parts[0].DepartmentName, parts, calendar.AddWorkingDays(today, parts.Max(i => i.DaysInStage)), stage);
            if (stage == StagePlan.FirstStage && parts.All(i => i.ConcludesAtOnce))
            {
                task.ConcludeAtOnce(actor, now);
            }

            _tasks.Add(task);
        }
    }

    /// <summary>A stage concludes when all its tasks are approved; then the next one opens, its deadlines counted from today.</summary>
    private void OpenNextStages(WorkCalendar? calendar, DateOnly? today, DateTime now)
    {
        while (CurrentStage < StageCount && _tasks.Where(t => t.Stage == CurrentStage).All(t => t.Status == ReviewStatus.Approved))
        {
            if (calendar is null || today is not { } day)
            {
                throw new InvalidOperationException("Opening the next stage of a case needs the calendar and the day.");
            }

            var next = CurrentStage + 1;
            OpenStage(next, calendar, day, CaseJournal.System, now);
            Record(now, CaseJournal.System, CaseJournal.StageOpened,
                CaseJournal.StageOpenedDetail(next, _tasks.Where(t => t.Stage == next).Select(t => t.DepartmentName)));
        }
    }

    private bool IsApproved(CaseItem item) => _tasks.Any(t => t.Stage == item.Stage && t.Status == ReviewStatus.Approved && t.Covers(item.Code));

    /// <summary>
    /// The licence an approved item issued is registered (its number, and for a company taken in before it had one, its
    /// credit code): the later stages' materials waiting for it are supplied by it, nobody ticks them.
    /// </summary>
    public void RecordLicence(string itemCode, string number, string holderId, DateTime now)
    {
        var item = LicencesDue.FirstOrDefault(i => i.Code == itemCode) ?? throw new DomainException("Case.NoLicenceDue", CaseNumber, itemCode);
        if (string.IsNullOrWhiteSpace(number))
        {
            throw new DomainException("Case.LicenceNumberRequired");
        }

        Items = Items.Select(i => i == item ? i with { YieldedNumber = number.Trim() } : i).ToList();
        if (ApplicantKind == ApplicantKind.Organisation && string.IsNullOrEmpty(ApplicantIdNumber))
        {
            ApplicantIdNumber = holderId.Trim().ToUpperInvariant();
        }

        Materials = Materials.Select(m => m.State == MaterialState.FromStage && m.Licence == item.Yields
            ? m with { State = MaterialState.FromLicence, Source = CaseJournal.LicenceSource(item.Yields!, number.Trim()) }
            : m).ToList();
        Record(now, CaseJournal.System, CaseJournal.LicenceIssued, CaseJournal.LicenceIssuedDetail(item.Yields!, number.Trim()));
    }

    /// <summary>分阶段出件: the applicant who asked for each result as it comes takes the concluded stages' results now.</summary>
    public void HandOverStageResults(string actor, DateTime now)
    {
        RequireStatus("Case.CannotHandOverStage", CaseStatus.UnderReview);
        if (!DeliverEachResult)
        {
            throw new DomainException("Case.DeliveredOnceOnly");
        }

        var concluded = Enumerable.Range(StagePlan.FirstStage, CurrentStage)
            .LastOrDefault(stage => _tasks.Where(t => t.Stage == stage).All(t => t.Status == ReviewStatus.Approved));
        if (concluded <= HandedOverStage)
        {
            throw new DomainException("Case.NoStageResultReady");
        }

        HandedOverStage = concluded;
        Record(now, actor, CaseJournal.StageResultsHandedOver, CaseJournal.StageResultsDetail(concluded));
    }

    /// <summary>
    /// The item of an earlier stage that issues the licence a material needs, when every item asking for the material
    /// comes later: the checklist marks the material 免提交 (<see cref="MaterialState.FromStage"/>) instead of asking for it.
    /// </summary>
    public static CaseItem? SupplierOf(IReadOnlyList<CaseItem> items, string? licence, IEnumerable<string> askingItemCodes)
    {
        if (licence is null)
        {
            return null;
        }

        var asking = askingItemCodes.ToHashSet();
        var firstAsking = items.Where(i => asking.Contains(i.Code)).Select(i => i.Stage).DefaultIfEmpty(StagePlan.FirstStage).Min();
        return items.FirstOrDefault(i => i.Yields == licence && i.Stage < firstAsking);
    }

    /// <summary>The case registers the company itself (its first stage issues the 营业执照): no credit code yet at intake.</summary>
    public static bool RegistersCompany(IEnumerable<CaseItem> items) =>
        items.Any(i => i.Stage == StagePlan.FirstStage && i.Yields == LicenceTypes.BusinessLicence);
}
