using HallDesk.Domain.Calendar;
using HallDesk.Domain.Catalog;

namespace HallDesk.Domain.Cases;

public enum TransferState
{
    /// <summary>待流转: the holding department has not answered yet.</summary>
    Requested = 0,
    /// <summary>已流转: the holding department attached the document.</summary>
    Supplied = 1,
    /// <summary>已流转: the holding department confirmed it from its own system (已从本部门系统核验), with a note.</summary>
    Confirmed = 2,
}

/// <summary>
/// 内部流转: a material of a case that another department already holds (<see cref="MaterialRequirement.SharedBy"/>) is asked
/// of that department instead of the applicant. One request per material of a case, made for the first department whose open
/// task needs it, when its stage opens; the holding department answers once, by a file or by a confirmation, within a number
/// of working days.
/// </summary>
public sealed class MaterialTransfer
{
    private MaterialTransfer()
    {
        CaseNumber = HallCode = MaterialKey = MaterialName = RequestingDepartmentCode = RequestingDepartmentName = "";
        HoldingDepartmentCode = HoldingDepartmentName = ApplicantName = ApplicantIdNumber = "";
    }

    private MaterialTransfer(Case c, CaseMaterial material, ReviewTask requesting, string holdingName, DateTime now, DateOnly dueOn)
    {
        CaseNumber = c.CaseNumber;
        HallCode = c.HallCode;
        MaterialKey = material.Key;
        MaterialName = material.Name;
        RequestingDepartmentCode = requesting.DepartmentCode;
        RequestingDepartmentName = requesting.DepartmentName;
        HoldingDepartmentCode = material.Source!;
        HoldingDepartmentName = holdingName;
        ApplicantName = c.ApplicantName;
        ApplicantIdNumber = c.ApplicantIdNumber;
        RequestedAt = now;
        DueOn = dueOn;
    }

    public long Id { get; private set; }

    public string CaseNumber { get; private set; }

    /// <summary>The hall that took the case in (its manager sees the overdue ones).</summary>
    public string HallCode { get; private set; }

    public string MaterialKey { get; private set; }

    public string MaterialName { get; private set; }

    public string RequestingDepartmentCode { get; private set; }

    public string RequestingDepartmentName { get; private set; }

    public string HoldingDepartmentCode { get; private set; }

    public string HoldingDepartmentName { get; private set; }

    /// <summary>Whose document the holding department looks up.</summary>
    public string ApplicantName { get; private set; }

    /// <summary>居民身份证号码 or 统一社会信用代码: how the holding department finds the document. Staff only.</summary>
    public string ApplicantIdNumber { get; private set; }

    public DateTime RequestedAt { get; private set; }

    public DateOnly DueOn { get; private set; }

    public TransferState State { get; private set; }

    public string? SuppliedBy { get; private set; }

    public DateTime? SuppliedAt { get; private set; }

    /// <summary>The attached document (<c>MaterialFile.PublicId</c>), when supplied as a file.</summary>
    public string? FileId { get; private set; }

    /// <summary>The confirmation's note (which register, which number).</summary>
    public string? Note { get; private set; }

    public int Version { get; private set; }

    public bool IsOpen => State == TransferState.Requested;

    public bool IsOverdue(DateOnly today) => IsOpen && today > DueOn;

    /// <summary>
    /// The requests a case calls for now: each material held by another department, not yet requested, whose first asking
    /// item has an open (undecided) task, due <paramref name="workingDays"/> working days from <paramref name="today"/>. A
    /// material the asking department holds itself needs no request. A later stage's materials wait until it opens.
    /// </summary>
    /// <param name="checklist">The catalog's merged checklist of the case's item or bundle: which items ask for which material.</param>
    /// <param name="requested">Keys of the materials of this case already requested.</param>
    /// <param name="departmentNames">Department names by code, for the holding department.</param>
    public static IReadOnlyList<MaterialTransfer> OpenFor(Case c, IReadOnlyList<ChecklistLine> checklist, IReadOnlyCollection<string> requested,
        IReadOnlyDictionary<string, string> departmentNames, WorkCalendar calendar, DateOnly today, DateTime now, int workingDays)
    {
        if (c.Status is not (CaseStatus.UnderReview or CaseStatus.AwaitingCorrection) || c.Tasks.Count == 0)
        {
            return [];
        }

        var due = calendar.AddWorkingDays(today, Math.Max(1, workingDays));
        var opened = new List<MaterialTransfer>();
        foreach (var material in c.Materials.Where(m => m.State == MaterialState.FromDepartment && m.Source is not null && !requested.Contains(m.Key)))
        {
            var asking = checklist.FirstOrDefault(l => l.Key == material.Key)?.ItemCodes ?? [];
            var task = c.Tasks
                .Where(t => !t.Decided && asking.Any(t.Covers))
                .OrderBy(t => t.Stage).ThenBy(t => t.DepartmentCode == material.Source ? 1 : 0)
                .FirstOrDefault();
            if (task is null || task.DepartmentCode == material.Source)
            {
                continue;
            }

            opened.Add(new MaterialTransfer(c, material, task, departmentNames.GetValueOrDefault(material.Source!, material.Source!), now, due));
        }

        return opened;
    }

    /// <summary>已流转 by a file: the holding department attached the document (stored under <paramref name="fileId"/>).</summary>
    public void Supply(string fileId, string reviewer, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(fileId))
        {
            throw new DomainException("MaterialTransfer.FileRequired");
        }

        Answer(TransferState.Supplied, reviewer, now);
        FileId = fileId;
    }

    /// <summary>已流转 by confirmation: 已从本部门系统核验, with a note saying where.</summary>
    public void Confirm(string note, string reviewer, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException("MaterialTransfer.NoteRequired");
        }

        Answer(TransferState.Confirmed, reviewer, now);
        Note = note.Trim();
    }

    private void Answer(TransferState state, string reviewer, DateTime now)
    {
        if (!IsOpen)
        {
            throw new DomainException("MaterialTransfer.AlreadyAnswered", MaterialName, CaseNumber);
        }

        State = state;
        SuppliedBy = reviewer;
        SuppliedAt = now;
        Version++;
    }
}
