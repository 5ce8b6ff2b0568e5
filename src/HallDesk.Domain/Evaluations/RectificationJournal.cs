namespace HallDesk.Domain.Evaluations;

/// <summary>
/// The wording of a rectification order's history (整改记录): stored verbatim with each step, so it is data in the
/// record's language, like <see cref="Cases.CaseJournal"/>. Moving it to keys needs a stored-data migration.
/// </summary>
public static class RectificationJournal
{
    public const string System = "系统";
    public const string Opened = "立单";
    public const string VerifiedValid = "核实有效";
    public const string VerifiedInvalid = "核实无效（待审批）";
    public const string InvalidApproved = "无效差评审批通过";
    public const string InvalidApprovedDetail = "整改单关闭";
    public const string InvalidRefused = "无效差评审批不通过";
    public const string InvalidRefusedDetail = "按有效差评整改";
    public const string Fixed = "整改完成";
    public const string CalledBack = "回访";
    public const string NotReached = "回访未联系上";
    public const string Closed = "关闭";

    public static string OpenedDetail(DateOnly deadline, int workingDays) => $"整改期限 {deadline:yyyy-MM-dd}（{workingDays} 个工作日）";

    public static string CallbackDetail(string? outcome, bool? satisfiedAfter) =>
        $"{outcome}{(satisfiedAfter is { } s ? (s ? "；群众表示满意" : "；群众仍不满意") : "")}";
}
