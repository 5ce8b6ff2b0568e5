using HallDesk.Domain.Calendar;
using HallDesk.Domain.Cases;

namespace HallDesk.Domain.Tests.Cases;

/// <summary>The 2026 calendar and a fixed hour of each day, so cases read as a morning in a Shanghai hall.</summary>
internal static class CaseDays
{
    public static readonly WorkCalendar Schedule = NationalHolidays.Calendar2026();

    /// <summary>Mon 2026-03-02, an ordinary working day far from any holiday.</summary>
    public static readonly DateOnly Monday = new(2026, 3, 2);

    public static DateOnly Day(int month, int day) => new(2026, month, day);

    /// <summary>09:00 in Shanghai on that day.</summary>
    public static DateTime Morning(DateOnly day) => day.ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc);
}

internal static class Staff
{
    public const string Clerk = "王芳";
    public const string Reviewer = "李强";
}

/// <summary>Three departments' items, as a 开餐馆 bundle would bring them.</summary>
internal static class CaseItems
{
    public const string Market = "SCJG";
    public const string Health = "WJW";
    public const string Fire = "XFJY";

    public static CaseItem Food(int promisedDays = 5) => new("SP-XK-0001", "食品经营许可", Market, "市场监管局", promisedDays, false);

    public static CaseItem Signboard(int promisedDays = 3) => new("ZH-XK-0002", "户外招牌设置", Market, "市场监管局", promisedDays, false);

    public static CaseItem Hygiene(int promisedDays = 10) => new("WS-XK-0003", "公共场所卫生许可", Health, "卫生健康委", promisedDays, false);

    public static CaseItem FireCheck(int promisedDays = 3) => new("XF-XK-0004", "消防安全检查", Fire, "消防救援大队", promisedDays, false);

    /// <summary>即办: concluded at the window.</summary>
    public static CaseItem Registration() => new("SP-BA-0005", "食品小经营店备案", Market, "市场监管局", 0, true);

    /// <summary>即办 although the catalog still carries a promised time limit.</summary>
    public static CaseItem InstantWithLimit(int promisedDays = 5) => new("SP-XK-0006", "食品经营许可延续", Market, "市场监管局", promisedDays, true);

    /// <summary>告知承诺 possible: reviewed unless the applicant signs the commitment.</summary>
    public static CaseItem HygieneByCommitment(int promisedDays = 10) =>
        new("WS-XK-0007", "公共场所卫生许可（告知承诺）", Health, "卫生健康委", promisedDays, false, CommitmentAllowed: true);
}

internal static class CaseMaterials
{
    public static CaseMaterial Submitted(string key, string name = "营业执照", bool required = true) =>
        new(key, name, "原件", 1, required, MaterialState.Submitted, null);

    public static CaseMaterial Missing(string key, string name, bool required = true) =>
        new(key, name, "原件", 1, required, MaterialState.Missing, null);
}

internal static class SampleApplicants
{
    /// <summary>王五, the organisation's agent: a valid 居民身份证号码.</summary>
    public const string AgentId = "231004199005181235";

    /// <summary>The person of <see cref="Person"/> collecting in person: the last four of their ID card.</summary>
    public static Collector InPerson => Collector.Applicant("002X");

    public static Applicant Person(string idNumber = "11010519491231002X", string phone = "13812345678") =>
        new(ApplicantKind.Person, "张三丰", idNumber, phone, null, null);

    public static Applicant Organisation(string creditCode = "91350100M000100Y43", string? legalRepresentative = "李四") =>
        new(ApplicantKind.Organisation, "福州某某餐饮有限公司", creditCode, "13812345678", legalRepresentative, "王五") { AgentIdNumber = AgentId };
}

/// <summary>Receives a case and walks it through the legal moves needed to reach the wanted state.</summary>
internal sealed class CaseBuilder
{
    private readonly List<Action<Case>> _moves = [];
    private List<CaseItem> _items = [CaseItems.Food()];
    private List<CaseMaterial> _materials = [CaseMaterials.Submitted("business-licence")];
    private Applicant _applicant = SampleApplicants.Person();

    public CaseBuilder WithItems(params CaseItem[] items)
    {
        _items = [.. items];
        return this;
    }

    public CaseBuilder WithMaterials(params CaseMaterial[] materials)
    {
        _materials = [.. materials];
        return this;
    }

    public CaseBuilder For(Applicant applicant)
    {
        _applicant = applicant;
        return this;
    }

    public CaseBuilder AcceptedOn(DateOnly day)
    {
        _moves.Add(c => c.Accept(CaseDays.Schedule, day, Staff.Clerk, CaseDays.Morning(day)));
        return this;
    }

    public CaseBuilder Accepted() => AcceptedOn(CaseDays.Monday);

    /// <summary>补正 at the window; the materials must have a required one missing.</summary>
    public CaseBuilder AwaitingCorrection()
    {
        _moves.Add(c => c.RequestCorrection(Staff.Clerk, CaseDays.Morning(CaseDays.Monday)));
        return this;
    }

    /// <summary>Accepted on <see cref="CaseDays.Monday"/> and every open task decided the same way.</summary>
    public CaseBuilder Concluded(bool approve = true)
    {
        Accepted();
        _moves.Add(c =>
        {
            foreach (var task in c.Tasks.Where(t => !t.Decided).ToList())
            {
                c.Decide(task.DepartmentCode, approve, "符合条件", Staff.Reviewer, CaseDays.Morning(CaseDays.Monday.AddDays(1)));
            }
        });
        return this;
    }

    public Case Build()
    {
        var isBundle = _items.Count > 1;
        var @case = new Case(CaseNumber.Format("H01", CaseDays.Monday, 1), "H01", "A023", Staff.Clerk, _applicant,
            isBundle ? "YJS-001" : _items[0].Code, isBundle ? "开餐馆一件事" : _items[0].Name, isBundle,
            _items, _materials, CaseDays.Morning(CaseDays.Monday));
        foreach (var move in _moves)
        {
            move(@case);
        }

        return @case;
    }
}
