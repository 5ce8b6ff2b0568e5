namespace HallDesk.Domain.Cases;

/// <summary>The Chinese words for case states, for domain messages and public answers.</summary>
public static class CaseLabels
{
    public static string Of(CaseStatus status) => status switch
    {
        CaseStatus.Received => "收件中",
        CaseStatus.AwaitingCorrection => "待补正",
        CaseStatus.NotAccepted => "不予受理",
        CaseStatus.UnderReview => "审查中",
        CaseStatus.Concluded => "已办结",
        CaseStatus.Delivered => "已送达",
        _ => status.ToString(),
    };

    public static string Of(ReviewStatus status) => status switch
    {
        ReviewStatus.Pending => "待审查",
        ReviewStatus.Approved => "通过",
        ReviewStatus.Denied => "不予许可",
        ReviewStatus.Returned => "退回补正",
        _ => status.ToString(),
    };

    public static string Of(DeadlineLight light) => light switch
    {
        DeadlineLight.Green => "正常",
        DeadlineLight.Yellow => "临近期限",
        DeadlineLight.Red => "已超期",
        DeadlineLight.Suspended => "暂停计时",
        _ => "",
    };
}
