namespace HallDesk.Domain.Cases;

/// <summary>
/// The wording of a case's journal (办件记录) and correction notes. This is the official record, stored verbatim with
/// each event and read back by reports (补正 counts) and documents (送达人), so it is data in the record's language,
/// not a message to translate. Moving it to keys needs a stored-data migration; until then it lives here, in one place.
/// </summary>
public static class CaseJournal
{
    public const string System = "系统";
    public const string Accepted = "受理";
    public const string CorrectionRequested = "补正告知";
    public const string Rejected = "不予受理";
    public const string CorrectionSubmitted = "补正材料提交";
    public const string ReviewResumed = "恢复审查";
    public const string Approved = "审查通过";
    public const string Checked = "审核";
    public const string Denied = "不予许可";
    public const string Returned = "退回补正";
    public const string ClockPaused = "暂停计时（特别程序）";
    public const string ClockResumed = "恢复计时";
    public const string SuspensionExtended = "特别程序延期批准";
    public const string CollectionHallChosen = "选择取件大厅";
    public const string DeliveredAtWindow = "窗口领取送达";
    public const string Mailed = "免费邮寄寄出";
    public const string MailDelivered = "邮寄签收送达";
    public const string Concluded = "办结";
    public const string StageOpened = "下一阶段开始";
    public const string LicenceIssued = "电子证照入库";
    public const string StageResultsHandedOver = "分阶段出件";
    public const string AcceptedWithOwed = "容缺受理";
    public const string OwedReceived = "容缺材料补齐";
    public const string AgencyIntake = "代办点帮办代办";

    /// <summary>The opinion recorded for a department whose parts are 即办 or 告知承诺.</summary>
    public const string ConcludedAtOnce = "即办件／告知承诺件，窗口当场办结";

    /// <summary>The form of a material a reviewer asks for.</summary>
    public const string OriginalForm = "原件";

    public static string List(IEnumerable<string> names) => string.Join("、", names);

    public static string AcceptedDetail(DateOnly? promised, IEnumerable<string> departments) =>
        $"承诺办结日期 {promised:yyyy-MM-dd}；审查部门：{List(departments)}";

    public static string CorrectionNote(IEnumerable<string> missing) => "一次性告知需补正：" + List(missing);

    public static string RejectedDetail(string? reason, string? legalBasis) => $"{reason}（依据：{legalBasis}）";

    public static string ReviewResumedDetail(int pausedDays) => pausedDays > 0 ? $"补正期间 {pausedDays} 个工作日不计入办理时限" : "";

    public static string ByDepartment(string department, string text) => $"{department}：{text}";

    public static string ReturnNote(string department, string missing) => $"{department}要求补正：{missing}";

    /// <summary>Several departments' correction requests open at once, in the order they were made.</summary>
    public static string Notes(string earlier, string note) => $"{earlier}；{note}";

    public static string ReturnDetail(string note, IEnumerable<string> waiting) =>
        waiting.ToList() is { Count: > 0 } w ? $"{note}（{List(w)}同时等待补正）" : note;

    public static string SuspensionExtendedDetail(string department, int days, string reason) => $"{department}：延长 {days} 个工作日（{reason}）";

    public static string ClockResumedDetail(string department, DateOnly deadline) => $"{department}：新的办结期限 {deadline:yyyy-MM-dd}";

    public static string CollectionHallChosenDetail(string hallName) => $"申请人选择在{hallName}领取办理结果";

    public static string StageOpenedDetail(int stage, IEnumerable<string> departments) => $"第{stage}阶段：{List(departments)}";

    public static string LicenceIssuedDetail(string type, string number) => $"{type} {number}";

    public static string LicenceSource(string type, string number) => $"电子证照 {type} {number}";

    /// <summary>How the checklist names a material an earlier stage issues (免提交).</summary>
    public static string FromStageSource(string itemName, string type) => $"{itemName}办结后自动调用电子证照{type}";

    public static string OwedDetail(IEnumerable<string> materials, DateOnly owedBy) => $"申请人书面承诺于 {owedBy:yyyy-MM-dd} 前补齐：{List(materials)}";

    /// <summary>Who signed for the result at the output window.</summary>
    public static string CollectedDetail(CollectorKind kind, string name, string? relation) => kind switch
    {
        CollectorKind.Agent => $"代理人{name}在统一出件窗口领取",
        CollectorKind.Proxy => $"代收人{name}（与申请人关系：{relation}）在统一出件窗口代为领取",
        _ => $"{name}在统一出件窗口领取",
    };

    /// <summary>How the 送达回证 names the signer: 签收人 with their role, or 代收人 with the relation.</summary>
    public static string Signer(CollectorKind kind, string? name, string? relation, bool organisation = false) => kind switch
    {
        CollectorKind.Agent => $"{name}（代理人）",
        CollectorKind.Proxy => $"{name}（代收人，与申请人关系：{relation}）",
        _ => organisation ? $"{name}（法定代表人）" : $"{name}（申请人本人）",
    };

    public static string StageResultsDetail(int stage) => $"第{stage}阶段及以前的办理结果已交付申请人";

    public static string OutcomeWord(CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.Approved => "准予",
        CaseOutcome.Denied => "不予许可",
        _ => "部分准予",
    };
}
