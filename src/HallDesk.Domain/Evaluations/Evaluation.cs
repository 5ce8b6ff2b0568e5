namespace HallDesk.Domain.Evaluations;

/// <summary>
/// 评价: one rating of one visit (一次一评, at the window's pad) or one case (一事一评, online by the
/// receipt's token), linked to ticket, case, item, department, counter and clerk: the closed loop.
/// </summary>
public sealed class Evaluation
{
    private Evaluation()
    {
        HallCode = Comment = "";
        Indicators = [];
        CoveredCases = [];
        DepartmentCodes = [];
    }

    public long Id { get; private set; }

    public string HallCode { get; private set; }

    public EvaluationChannel Channel { get; private set; }

    public EvaluationLevel Level { get; private set; }

    /// <summary>For a bad level, what failed (服务效率, 服务态度 …).</summary>
    public List<string> Indicators { get; private set; }

    public string Comment { get; private set; }

    /// <summary>The visit: ticket number and its day.</summary>
    public string? TicketNumber { get; private set; }

    public DateOnly? ServiceDate { get; private set; }

    public string? CaseNumber { get; private set; }

    public string? ItemCode { get; private set; }

    public string? ItemName { get; private set; }

    /// <summary>The first of <see cref="DepartmentCodes"/>: the department a bad rating's rectification goes to.</summary>
    public string? DepartmentCode { get; private set; }

    /// <summary>
    /// Every department the rating is charged to: a case's rating to each department with a part in the case;
    /// none for a rating of the window (charged to its counter and clerk).
    /// </summary>
    public List<string> DepartmentCodes { get; private set; }

    /// <summary>A window rating: the cases taken in during the rated service (none, one, or several).</summary>
    public List<string> CoveredCases { get; private set; }

    public int? CounterNumber { get; private set; }

    public string? ClerkUserId { get; private set; }

    public string? ClerkName { get; private set; }

    /// <summary>The rater can be called back (a case's applicant phone, or a phone left at the kiosk).</summary>
    public string? ContactPhone { get; private set; }

    public bool IsDefault => Channel == EvaluationChannel.Default;

    public DateTime CreatedAt { get; private set; }

    public static Evaluation Create(
        string hallCode,
        EvaluationChannel channel,
        EvaluationLevel level,
        IEnumerable<string>? indicators,
        string? comment,
        EvaluationSubject subject,
        DateTime now)
    {
        if (!Enum.IsDefined(level))
        {
            throw new DomainException("Evaluation.LevelInvalid");
        }

        var chosen = (indicators ?? []).Distinct().ToList();
        var allowed = channel == EvaluationChannel.Pad ? EvaluationTerms.OnSiteIndicators : EvaluationTerms.OnlineIndicators;
        var unknown = chosen.FirstOrDefault(i => !allowed.Contains(i) && !EvaluationTerms.OnSiteIndicators.Contains(i) && !EvaluationTerms.OnlineIndicators.Contains(i));
        if (unknown is not null)
        {
            throw new DomainException("Evaluation.UnknownIndicator", unknown);
        }

        if (EvaluationTerms.IsBad(level) && channel != EvaluationChannel.Default && chosen.Count == 0)
        {
            throw new DomainException("Evaluation.IndicatorRequired");
        }

        var text = (comment ?? "").Trim();
        if (text.Length > EvaluationTerms.MaxComment)
        {
            throw new DomainException("Evaluation.CommentTooLong", EvaluationTerms.MaxComment, text.Length);
        }

        return new Evaluation
        {
            HallCode = hallCode,
            Channel = channel,
            Level = level,
            Indicators = EvaluationTerms.IsBad(level) ? chosen : [],
            Comment = text,
            TicketNumber = subject.TicketNumber,
            ServiceDate = subject.ServiceDate,
            CaseNumber = subject.CaseNumber,
            ItemCode = subject.ItemCode,
            ItemName = subject.ItemName,
            DepartmentCode = subject.DepartmentCode ?? (subject.DepartmentCodes is [var first, ..] ? first : null),
            DepartmentCodes = [.. (subject.DepartmentCodes ?? (subject.DepartmentCode is { } d ? [d] : [])).Distinct()],
            CoveredCases = [.. (subject.CoveredCases ?? []).Distinct()],
            CounterNumber = subject.CounterNumber,
            ClerkUserId = subject.ClerkUserId,
            ClerkName = subject.ClerkName,
            ContactPhone = subject.ContactPhone,
            CreatedAt = now,
        };
    }
}

/// <summary>What is being rated: the links of the closed loop.</summary>
public sealed record EvaluationSubject(
    string? TicketNumber,
    DateOnly? ServiceDate,
    string? CaseNumber,
    string? ItemCode,
    string? ItemName,
    string? DepartmentCode,
    int? CounterNumber,
    string? ClerkUserId,
    string? ClerkName,
    string? ContactPhone,
    IReadOnlyList<string>? CoveredCases = null,
    IReadOnlyList<string>? DepartmentCodes = null);
