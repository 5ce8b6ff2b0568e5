using HallDesk.Domain.Queue;

namespace HallDesk.Data;

/// <summary>
/// The demo halls seeded into an empty database (两级大厅): the district centre AM, open around the
/// clock so the demo works whenever someone tries it, and two street/township sub-halls with their
/// own lines, counters, staff and real opening hours.
/// </summary>
public static class DemoData
{
    public const string HallCode = "AM";
    public const string HallName = "爱民区政务服务中心";
    public const string Notice = "免费帮办代办 · 办件结果可免费邮寄 · 扫描回执二维码评价服务 · 咨询电话 0453-12345";

    public sealed record DemoLine(string Code, string Name, double Minutes);

    public sealed record DemoCounter(int Number, string Name, CounterKind Kind, string[] Lines);

    public sealed record DemoAccount(string UserName, string DisplayName, string StaffNumber, string Role, string? Department, bool CanApprove = false);

    /// <summary>A 代办点 with its one agent (代办员), whose account belongs to the point and its parent hall.</summary>
    public sealed record DemoAgencyPoint(string Code, string Name, string HallCode, string Address, DemoAccount Agent);

    public sealed record DemoHall(
        string Code, string Name, string ShortName, string Address, HallLevel Level, string Notice, (TimeOnly Opens, TimeOnly Closes)? Hours,
        IReadOnlyList<DemoLine> Lines, IReadOnlyList<DemoCounter> Counters, IReadOnlyList<DemoAccount> Accounts);

    /// <summary>The departments of the demo catalog (Data/Seed/catalog.json); each gets one reviewer account.</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> Departments =
    [
        ("scjg", "区市场监督管理局"),
        ("bdc", "区不动产登记中心"),
        ("rs", "区人力资源和社会保障局"),
        ("yb", "区医疗保障局"),
        ("ga", "公安分局户政科"),
        ("mz", "区民政局"),
        ("wj", "区卫生健康局"),
        ("sw", "区税务局"),
        ("zj", "区住房和城乡建设局"),
        ("jt", "区交通运输局"),
        ("cl", "区残疾人联合会"),
        ("gjj", "住房公积金管理中心爱民区管理部"),
        ("jk", "区疾病预防控制中心"),
        ("cg", "区城市管理和综合执法局"),
        ("xf", "区消防救援大队"),
        ("jy", "区教育局"),
        ("tyjr", "区退役军人事务局"),
        ("swu", "区商务局"),
        ("jj", "市公安局交通警察支队爱民大队"),
        ("wl", "区文体广电和旅游局"),
        ("yc", "区烟草专卖局"),
        ("nyn", "区农业农村局"),
        ("zrzy", "市自然资源局爱民分局"),
        ("gs", "供水公司爱民营业所"),
        ("gd", "供电公司爱民供电服务中心"),
        ("rq", "燃气公司爱民营业所"),
    ];

    /// <summary>
    /// 赋权 in the demo: 最低生活保障 (民政) is decided at 向阳街道 itself, as 民政部 lets districts delegate 低保审核确认 to
    /// 乡镇（街道）; taken in at any other hall it stays with 区民政局.
    /// </summary>
    public static readonly IReadOnlyList<(string ItemCode, string HallCode)> DelegatedItems = [("23100400MZ-GF-0001", "XY")];

    /// <summary>
    /// 代办点 of the demo: a community of 向阳街道 and a village of 三道关镇 (北安村, one of its 12 villages). Their
    /// addresses are demo data.
    /// </summary>
    public static readonly IReadOnlyList<DemoAgencyPoint> AgencyPoints =
    [
        new("XY01", "向阳社区代办点", "XY", "爱民区向阳街道向阳街 40 号（向阳社区服务站）",
            new("agent-xy01", "向阳社区代办员", "XY3001", Roles.Agent, null)),
        new("SDG01", "北安村代办点", "SDG", "爱民区三道关镇北安村村委会",
            new("agent-sdg01", "北安村代办员", "SD3001", Roles.Agent, null)),
    ];

    public static readonly IReadOnlyList<DemoHall> Halls =
    [
        new(HallCode, HallName, "爱民", "爱民区向阳街道光华街 1 号", HallLevel.District, Notice, null,
            [new("A", "综合受理", 8), new("B", "不动产登记", 12), new("C", "社保医保", 6), new("D", "税务", 10), new("E", "咨询/出件", 4)],
            [
                new(1, "综合窗口", CounterKind.Comprehensive, ["A", "E"]),
                new(2, "综合窗口", CounterKind.Comprehensive, ["A", "E"]),
                new(3, "综合窗口", CounterKind.Comprehensive, ["A", "C"]),
                new(4, "综合窗口", CounterKind.Comprehensive, ["A", "D"]),
                new(5, "不动产专窗", CounterKind.Specialist, ["B", "A"]),
                new(6, "社保医保专窗", CounterKind.Specialist, ["C", "A"]),
                new(7, "税务专窗", CounterKind.Specialist, ["D", "A"]),
                new(8, "出件窗口", CounterKind.Output, ["E", "A"]),
                new(9, "帮办代办窗口", CounterKind.Assistance, ["A", "E"]),
            ],
            [.. DistrictAccounts()]),
        new("XY", "向阳街道便民服务中心", "向阳", "爱民区向阳街道向阳街 26 号", HallLevel.SubHall,
            "就近办 · 帮办代办 · 办件结果可在本中心领取", (new TimeOnly(8, 30), new TimeOnly(17, 30)),
            [new("A", "综合受理", 8), new("C", "社保医保", 6), new("E", "咨询/出件", 4)],
            [
                new(1, "综合窗口", CounterKind.Comprehensive, ["A", "E"]),
                new(2, "综合窗口", CounterKind.Comprehensive, ["C", "A"]),
                new(3, "帮办代办窗口", CounterKind.Assistance, ["E", "A"]),
            ],
            [
                new("clerk-xy1", "刘洋", "XY1001", Roles.Clerk, null),
                new("clerk-xy2", "孙丽", "XY1002", Roles.Clerk, null),
                new("manager-xy", "吴强", "XY0001", Roles.Manager, null),
                // 赋权: reviews the items the district delegated to XY (DelegatedItems), with no department of its own.
                new("reviewer-xy", "向阳街道审批员", "XY2001", Roles.Reviewer, null),
            ]),
        new("SDG", "三道关镇便民服务中心", "三道关", "爱民区三道关镇三道关村中心街 8 号", HallLevel.SubHall,
            "就近办 · 帮办代办 · 农村社保医保业务可在本中心办理", (new TimeOnly(9, 0), new TimeOnly(17, 0)),
            [new("A", "综合受理", 10), new("C", "社保医保", 7), new("E", "咨询/出件", 4)],
            [
                new(1, "综合窗口", CounterKind.Comprehensive, ["A", "C", "E"]),
                new(2, "帮办代办窗口", CounterKind.Assistance, ["C", "E", "A"]),
            ],
            [
                new("clerk-sdg1", "马文", "SD1001", Roles.Clerk, null),
                new("manager-sdg", "何静", "SD0001", Roles.Manager, null),
            ]),
    ];

    /// <summary>The district hall's staff: clerks, one reviewer per department (reviewing every hall's cases), manager, admin.</summary>
    private static IEnumerable<DemoAccount> DistrictAccounts()
    {
        yield return new("clerk1", "王晓燕", "AM1001", Roles.Clerk, null);
        yield return new("clerk2", "李建国", "AM1002", Roles.Clerk, null);
        yield return new("clerk3", "陈静", "AM1003", Roles.Clerk, null);
        yield return new("clerk4", "赵磊", "AM1004", Roles.Clerk, null);
        var n = 2001;
        foreach (var (code, name) in Departments)
        {
            yield return new($"reviewer-{code}", $"{name}审批员", $"AM{n++}", Roles.Reviewer, code);
        }

        // 药品零售经营许可 asks for 审核 then 审批: the market office's 审核 is reviewer-scjg's, the 审批 this account's.
        yield return new("approver-scjg", "区市场监督管理局审批科长", "AM2101", Roles.Reviewer, "scjg", CanApprove: true);

        yield return new("manager", "周明", "AM0001", Roles.Manager, null);
        yield return new("admin", "系统管理员", "AM0000", Roles.Admin, null);
        yield return new("district", "区政务服务管理办公室", "AM0002", Roles.DistrictManager, null);
    }
}
