namespace HallDesk.Domain.Cases;

/// <summary>
/// The kinds of 特别程序 whose time is not counted (《行政许可法》第四十五条): a fixed list, each stopping the clock of a
/// department's task up to its item's cap (<see cref="CaseItem.SpecialProcedureDays"/>).
/// </summary>
public enum SuspensionKind
{
    /// <summary>检验.</summary>
    Inspection = 1,
    /// <summary>检测.</summary>
    Testing = 2,
    /// <summary>检疫.</summary>
    Quarantine = 3,
    /// <summary>鉴定.</summary>
    Appraisal = 4,
    /// <summary>专家评审.</summary>
    ExpertReview = 5,
    /// <summary>听证.</summary>
    Hearing = 6,
}
