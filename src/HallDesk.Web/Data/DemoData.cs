namespace HallDesk.Web.Data;

/// <summary>The demo hall, lines, counters and accounts seeded into an empty database.</summary>
public static class DemoData
{
    public const string HallCode = "AM";
    public const string HallName = "爱民区政务服务中心";
    public const string Notice = "免费帮办代办 · 办件结果可免费邮寄 · 扫描回执二维码评价服务 · 咨询电话 0931-12345";

    public static readonly IReadOnlyList<(string Code, string Name, double Minutes)> Lines =
    [
        ("A", "综合受理", 8),
        ("B", "不动产登记", 12),
        ("C", "社保医保", 6),
        ("D", "税务", 10),
        ("E", "咨询/出件", 4),
    ];

    public static readonly IReadOnlyList<(int Number, string Name, Domain.Queue.CounterKind Kind, string[] Lines)> Counters =
    [
        (1, "综合窗口", Domain.Queue.CounterKind.Comprehensive, ["A", "E"]),
        (2, "综合窗口", Domain.Queue.CounterKind.Comprehensive, ["A", "E"]),
        (3, "综合窗口", Domain.Queue.CounterKind.Comprehensive, ["A", "C"]),
        (4, "综合窗口", Domain.Queue.CounterKind.Comprehensive, ["A", "D"]),
        (5, "不动产专窗", Domain.Queue.CounterKind.Specialist, ["B", "A"]),
        (6, "社保医保专窗", Domain.Queue.CounterKind.Specialist, ["C", "A"]),
        (7, "税务专窗", Domain.Queue.CounterKind.Specialist, ["D", "A"]),
        (8, "帮办出件窗口", Domain.Queue.CounterKind.Output, ["E", "A"]),
    ];

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
    ];

    /// <summary>User name, display name, staff number, role, department.</summary>
    public static IEnumerable<(string UserName, string DisplayName, string StaffNumber, string Role, string? Department)> Accounts()
    {
        yield return ("clerk1", "王晓燕", "AM1001", Roles.Clerk, null);
        yield return ("clerk2", "李建国", "AM1002", Roles.Clerk, null);
        yield return ("clerk3", "陈静", "AM1003", Roles.Clerk, null);
        yield return ("clerk4", "赵磊", "AM1004", Roles.Clerk, null);
        var n = 2001;
        foreach (var (code, name) in Departments)
        {
            yield return ($"reviewer-{code}", $"{name}审批员", $"AM{n++}", Roles.Reviewer, code);
        }

        yield return ("manager", "周明", "AM0001", Roles.Manager, null);
        yield return ("admin", "系统管理员", "AM0000", Roles.Admin, null);
    }
}
