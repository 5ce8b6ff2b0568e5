namespace HallDesk.Domain.Evaluations;

/// <summary>
/// Words that are stored values, not messages: the national 好差评 indicator names and the 诉求 channels and kinds.
/// They are sent by the public API, kept in the database and exported as they are; a screen translates them for
/// display (Labels "Indicator.*", "FeedbackChannel.*", "FeedbackKind.*"), nothing renames them here.
/// </summary>
public static class EvaluationVocabulary
{
    /// <summary>On-site indicators (评价器).</summary>
    public static readonly IReadOnlyList<string> OnSiteIndicators = ["整体满意度", "服务效率", "服务水平", "服务态度"];

    /// <summary>Online indicators (二维码、网站).</summary>
    public static readonly IReadOnlyList<string> OnlineIndicators = ["办事效率", "办事指南精确度", "办事便捷度", "平台操作性"];

    public static readonly IReadOnlyList<string> FeedbackChannels = ["电话", "网站", "移动端", "自助终端", "办不成事窗口"];

    public static readonly IReadOnlyList<string> FeedbackKinds = ["咨询", "投诉", "建议", "求助", "办不成事"];
}
