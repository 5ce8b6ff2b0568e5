namespace HallDesk.Domain.Catalog;

/// <summary>政务服务事项: an item of the hall's catalog.</summary>
public sealed class ServiceItem
{
    private ServiceItem()
    {
        Code = Name = Pinyin = DepartmentCode = Kind = Fee = LegalBasis = "";
        Materials = [];
    }

    public ServiceItem(string code, string name, string pinyin, string departmentCode, string kind, int? legalDays, int promisedDays,
        string fee, bool instant, bool commitment, string legalBasis, IEnumerable<MaterialRequirement> materials, string? yields = null)
    {
        Yields = string.IsNullOrWhiteSpace(yields) ? null : yields.Trim();
        Code = code;
        Name = name;
        Pinyin = pinyin;
        DepartmentCode = departmentCode;
        Kind = kind;
        Fee = fee;
        LegalBasis = legalBasis;
        Materials = materials.ToList();
        Instant = instant;
        Commitment = commitment;
        SetTimeLimits(legalDays, promisedDays);
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    /// <summary>Pinyin initials for search (spjyxk finds 食品经营许可): no pinyin package is at hand.</summary>
    public string Pinyin { get; private set; }

    public string DepartmentCode { get; private set; }

    /// <summary>行政许可, 行政确认, 公共服务, ….</summary>
    public string Kind { get; private set; }

    /// <summary>法定时限, working days; null when the law sets none.</summary>
    public int? LegalDays { get; private set; }

    /// <summary>承诺时限, working days; 0 is on the spot.</summary>
    public int PromisedDays { get; private set; }

    public string Fee { get; private set; }

    /// <summary>即办: concluded at the window at once.</summary>
    public bool Instant { get; private set; }

    /// <summary>告知承诺 / 承诺备案: concluded on the applicant's written commitment (秒批秒办).</summary>
    public bool Commitment { get; private set; }

    public string LegalBasis { get; private set; }

    public List<MaterialRequirement> Materials { get; private set; }

    /// <summary>
    /// The 电子证照 type its approval issues (企业设立登记 issues the 营业执照), or null. In a bundle in stages
    /// the licence satisfies the later stages' materials of that type.
    /// </summary>
    public string? Yields { get; private set; }

    /// <summary>
    /// Concluded at acceptance, with no back-office review (秒批秒办). 告知承诺 items also conclude at once
    /// when the applicant signs the commitment (承诺书); that is the applicant's choice, made at intake.
    /// </summary>
    public bool ConcludesAtOnce => Instant || PromisedDays == 0;

    /// <summary>The longest a 特别程序 may stop the item's clock, in working days, before the hall manager must approve more.</summary>
    public int SpecialProcedureDays { get; private set; } = Cases.CaseItem.DefaultSpecialProcedureDays;

    /// <summary>审核 then 审批 by two people of the department.</summary>
    public bool TwoStepSignOff { get; private set; }

    public void SetTwoStepSignOff(bool required) => TwoStepSignOff = required;

    public void SetSpecialProcedureDays(int days)
    {
        if (days < 1)
        {
            throw new DomainException("Item.SpecialProcedureDaysInvalid");
        }

        SpecialProcedureDays = days;
    }

    public void SetTimeLimits(int? legalDays, int promisedDays)
    {
        if (promisedDays < 0 || legalDays < 0)
        {
            throw new DomainException("Item.NegativeDays");
        }

        if (legalDays is { } legal && promisedDays > legal)
        {
            throw new DomainException("Item.PromisedOverLegal", promisedDays, legal);
        }

        LegalDays = legalDays;
        PromisedDays = promisedDays;
    }

    public void SetFlags(bool instant, bool commitment)
    {
        Instant = instant;
        Commitment = commitment;
    }

    public bool Matches(string query)
    {
        var q = query.Trim();
        return q.Length > 0 && (Name.Contains(q, StringComparison.Ordinal)
            || Code.Contains(q, StringComparison.OrdinalIgnoreCase)
            || Pinyin.Contains(q, StringComparison.OrdinalIgnoreCase));
    }
}
