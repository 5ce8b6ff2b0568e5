using HallDesk.Domain.Cases;

namespace HallDesk.Domain.Online;

public enum OnlineApplicationStatus
{
    /// <summary>待预审: waiting for a clerk of the hall.</summary>
    Submitted,
    /// <summary>待补正: the citizen was told what is missing and uploads again.</summary>
    AwaitingCorrection,
    /// <summary>已受理: a case was created exactly as at the window.</summary>
    Accepted,
    /// <summary>不予受理.</summary>
    NotAccepted,
}

/// <summary>
/// 网上申报: an application a citizen made online, pre-reviewed (网上预审) by a clerk of the chosen hall, who accepts it
/// (a case is created), asks for a correction (the citizen uploads again to the same application) or refuses it.
/// </summary>
public sealed class OnlineApplication
{
    private OnlineApplication()
    {
    }

    public OnlineApplication(string number, string hallCode, string subjectCode, string subjectName, bool isBundle, Applicant applicant,
        DateTime now, DateOnly reviewDueOn)
    {
        Number = number;
        HallCode = hallCode;
        SubjectCode = subjectCode;
        SubjectName = subjectName;
        IsBundle = isBundle;
        ApplicantKind = applicant.Kind;
        ApplicantName = applicant.Name;
        ApplicantIdNumber = applicant.IdNumber;
        ApplicantPhone = applicant.Phone;
        LegalRepresentative = applicant.LegalRepresentative;
        SubmittedAt = now;
        ReviewDueOn = reviewDueOn;
        History.Add(new CaseEvent(now, "", "online.submitted", ""));
    }

    public long Id { get; private set; }

    /// <summary>申报编号 (WS + date + sequence), told to the citizen.</summary>
    public string Number { get; private set; } = "";

    /// <summary>The hall whose clerks pre-review it.</summary>
    public string HallCode { get; private set; } = "";

    public string SubjectCode { get; private set; } = "";

    public string SubjectName { get; private set; } = "";

    public bool IsBundle { get; private set; }

    public ApplicantKind ApplicantKind { get; private set; }

    public string ApplicantName { get; private set; } = "";

    public string ApplicantIdNumber { get; private set; } = "";

    /// <summary>Verified by SMS code when the application was made.</summary>
    public string ApplicantPhone { get; private set; } = "";

    public string? LegalRepresentative { get; private set; }

    public Applicant Applicant => new(ApplicantKind, ApplicantName, ApplicantIdNumber, ApplicantPhone, LegalRepresentative, null);

    public OnlineApplicationStatus Status { get; private set; }

    /// <summary>First submitted; the list is oldest first by it.</summary>
    public DateTime SubmittedAt { get; private set; }

    /// <summary>Last (re)submitted.</summary>
    public DateTime? ResubmittedAt { get; private set; }

    /// <summary>预审 deadline: by default one working day after the (re)submission.</summary>
    public DateOnly ReviewDueOn { get; private set; }

    public string? CorrectionNote { get; private set; }

    public string? RejectReason { get; private set; }

    /// <summary>The case created on 受理.</summary>
    public string? CaseNumber { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public List<CaseEvent> History { get; private set; } = [];

    public bool AwaitsReview => Status == OnlineApplicationStatus.Submitted;

    /// <summary>补正: the citizen is told everything missing at once and uploads again.</summary>
    public void RequestCorrection(string note, string clerk, DateTime now)
    {
        EnsureAwaitsReview();
        if (string.IsNullOrWhiteSpace(note) || note.Trim().Length > 500)
        {
            throw new DomainException("Online.CorrectionNoteRequired");
        }

        Status = OnlineApplicationStatus.AwaitingCorrection;
        CorrectionNote = note.Trim();
        History.Add(new CaseEvent(now, clerk, "online.correction", CorrectionNote));
    }

    /// <summary>The citizen uploaded again: back to the clerks, with a new deadline.</summary>
    public void Resubmit(DateTime now, DateOnly reviewDueOn)
    {
        if (Status != OnlineApplicationStatus.AwaitingCorrection)
        {
            throw new DomainException("Online.NotAwaitingCorrection", Number);
        }

        Status = OnlineApplicationStatus.Submitted;
        ResubmittedAt = now;
        ReviewDueOn = reviewDueOn;
        History.Add(new CaseEvent(now, "", "online.resubmitted", ""));
    }

    public void Accept(string caseNumber, string clerk, DateTime now)
    {
        EnsureAwaitsReview();
        Status = OnlineApplicationStatus.Accepted;
        CaseNumber = caseNumber;
        Decide(clerk, now);
        History.Add(new CaseEvent(now, clerk, "online.accepted", caseNumber));
    }

    public void Reject(string reason, string clerk, DateTime now)
    {
        EnsureAwaitsReview();
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 500)
        {
            throw new DomainException("Online.RejectReasonRequired");
        }

        Status = OnlineApplicationStatus.NotAccepted;
        RejectReason = reason.Trim();
        Decide(clerk, now);
        History.Add(new CaseEvent(now, clerk, "online.rejected", RejectReason));
    }

    /// <summary>申报编号: WS, the hall's date, four digits.</summary>
    public static string FormatNumber(DateOnly day, int sequence) =>
        $"WS{day:yyyyMMdd}{sequence:D4}";

    private void Decide(string clerk, DateTime now)
    {
        DecidedAt = now;
        DecidedBy = clerk;
    }

    private void EnsureAwaitsReview()
    {
        if (Status != OnlineApplicationStatus.Submitted)
        {
            throw new DomainException("Online.NotAwaitingReview", Number);
        }
    }
}
