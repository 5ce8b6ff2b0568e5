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
    public static IReadOnlyList<string> OnSiteIndicators => EvaluationVocabulary.OnSiteIndicators;

    /// <summary>Online indicators (二维码、网站).</summary>
    public static IReadOnlyList<string> OnlineIndicators => EvaluationVocabulary.OnlineIndicators;

    public static bool IsBad(EvaluationLevel level) => level is EvaluationLevel.Dissatisfied or EvaluationLevel.VeryDissatisfied;

    public static bool IsGood(EvaluationLevel level) => level is EvaluationLevel.VerySatisfied or EvaluationLevel.Satisfied;
}
