namespace HallDesk.Domain.Cases;

public enum CaseStatus
{
    /// <summary>Being taken in at the window; one decision follows in the same step.</summary>
    Received = 0,
    /// <summary>补正: waiting for the applicant's missing materials.</summary>
    AwaitingCorrection = 1,
    /// <summary>不予受理.</summary>
    NotAccepted = 2,
    /// <summary>受理, in the departments' review.</summary>
    UnderReview = 3,
    /// <summary>办结: every part decided; the result waits to be delivered.</summary>
    Concluded = 4,
    /// <summary>送达.</summary>
    Delivered = 5,
}

public enum CaseOutcome
{
    None = 0,
    Approved = 1,
    Denied = 2,
    PartlyApproved = 3,
}

public enum ReviewStatus
{
    Pending = 0,
    Approved = 1,
    Denied = 2,
    /// <summary>Returned for correction; pending again once the applicant resubmits.</summary>
    Returned = 3,
}

public enum MaterialState
{
    Missing = 0,
    Submitted = 1,
    /// <summary>免提交: supplied by the 电子证照 registry.</summary>
    FromLicence = 2,
    /// <summary>免提交: another department already holds it.</summary>
    FromDepartment = 3,
    /// <summary>免提交: an earlier stage of the bundle issues it as an 电子证照 (the new 营业执照).</summary>
    FromStage = 4,
}

public enum ApplicantKind
{
    Person = 0,
    Organisation = 1,
}

public enum DeliveryMethod
{
    None = 0,
    Window = 1,
    Mail = 2,
}

public enum DeadlineLight
{
    Green = 0,
    Yellow = 1,
    Red = 2,
    /// <summary>The clock is suspended (特别程序).</summary>
    Suspended = 3,
    /// <summary>Decided: no light.</summary>
    None = 4,
    /// <summary>等待补正: the task's clock stands still until the applicant brings what a department asked for during review.</summary>
    AwaitingCorrection = 5,
}

/// <summary>Where one stage of a case in stages stands.</summary>
public enum StageState
{
    /// <summary>Waits for the stage before it.</summary>
    NotOpened = 0,
    Open = 1,
    /// <summary>All its parts approved.</summary>
    Concluded = 2,
    /// <summary>A part was denied: the chain stops here.</summary>
    Stopped = 3,
}

/// <summary>The ground of a 不予受理, each with its own article of 《行政许可法》.</summary>
public enum RejectionGround
{
    /// <summary>A ground the clerk cites in full (an item's own law).</summary>
    Other = 0,
    /// <summary>§32(1)(1): the matter needs no licence.</summary>
    NotLicensingMatter = 1,
    /// <summary>§32(1)(2): not within this body's powers; the applicant is told where to apply instead.</summary>
    NotWithinPowers = 2,
    /// <summary>§78: the applicant concealed facts or gave false materials.</summary>
    FalseInformation = 3,
}
