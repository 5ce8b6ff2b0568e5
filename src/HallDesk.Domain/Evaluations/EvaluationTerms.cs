namespace HallDesk.Domain.Evaluations;

/// <summary>The five levels of 好差评, best first.</summary>
public enum EvaluationLevel
{
    /// <summary>非常满意.</summary>
    VerySatisfied = 5,
    /// <summary>满意.</summary>
    Satisfied = 4,
    /// <summary>基本满意.</summary>
    Basic = 3,
    /// <summary>不满意.</summary>
    Dissatisfied = 2,
    /// <summary>非常不满意.</summary>
    VeryDissatisfied = 1,
}

/// <summary>Where a rating came from.</summary>
public enum EvaluationChannel
{
    /// <summary>窗口评价器.</summary>
    Pad = 1,
    /// <summary>回执二维码.</summary>
    QrCode = 2,
    /// <summary>网站.</summary>
    Web = 3,
    /// <summary>电话回访.</summary>
    Phone = 4,
    /// <summary>逾期未评，默认基本满意.</summary>
    Default = 9,
}

public static class EvaluationTerms
{
    public const int MaxComment = 200;

    /// <summary>On-site indicators (评价器).</summary>
    public static readonly IReadOnlyList<string> OnSiteIndicators = ["整体满意度", "服务效率", "服务水平", "服务态度"];

    /// <summary>Online indicators (二维码、网站).</summary>
    public static readonly IReadOnlyList<string> OnlineIndicators = ["办事效率", "办事指南精确度", "办事便捷度", "平台操作性"];

    public static bool IsBad(EvaluationLevel level) => level is EvaluationLevel.Dissatisfied or EvaluationLevel.VeryDissatisfied;

    public static bool IsGood(EvaluationLevel level) => level is EvaluationLevel.VerySatisfied or EvaluationLevel.Satisfied;

    public static string Label(EvaluationLevel level) => level switch
    {
        EvaluationLevel.VerySatisfied => "非常满意",
        EvaluationLevel.Satisfied => "满意",
        EvaluationLevel.Basic => "基本满意",
        EvaluationLevel.Dissatisfied => "不满意",
        EvaluationLevel.VeryDissatisfied => "非常不满意",
        _ => level.ToString(),
    };

    public static string Label(EvaluationChannel channel) => channel switch
    {
        EvaluationChannel.Pad => "评价器",
        EvaluationChannel.QrCode => "二维码",
        EvaluationChannel.Web => "网站",
        EvaluationChannel.Phone => "电话",
        EvaluationChannel.Default => "默认好评",
        _ => channel.ToString(),
    };
}
