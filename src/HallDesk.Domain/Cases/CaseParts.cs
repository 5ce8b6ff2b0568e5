using HallDesk.Domain.Catalog;

namespace HallDesk.Domain.Cases;

/// <summary>A material of a case and how it was provided.</summary>
/// <param name="Licence">The 电子证照 type that supplies it, when an earlier stage of the case issues it (<see cref="MaterialState.FromStage"/>).</param>
/// <param name="Deferrable">容缺: the catalog lets the case be accepted without it, on a written promise (<see cref="MaterialRequirement.Deferrable"/>).</param>
/// <param name="OwedBy">The day the applicant promised to bring it by (<see cref="MaterialState.Owed"/>).</param>
public sealed record CaseMaterial(string Key, string Name, string Form, int Copies, bool Required, MaterialState State, string? Source, string? Licence = null,
    bool Deferrable = false, DateOnly? OwedBy = null)
{
    /// <summary>Handed in or not needed: neither missing nor owed.</summary>
    public bool Satisfied => State is not (MaterialState.Missing or MaterialState.Owed);
}

/// <summary>One step of the case history (办理过程): who, when, what.</summary>
public sealed record CaseEvent(DateTime At, string Actor, string Action, string Detail);

/// <summary>What an item brings to a case: its department and time limit.</summary>
/// <param name="CommitmentAllowed">告知承诺 is possible: on the applicant's signed commitment the item concludes at once.</param>
/// <param name="Stage">Its stage in a bundle in stages (一件事一条链); 1 otherwise.</param>
/// <param name="Yields">The 电子证照 type its approval issues (营业执照), or null.</param>
/// <param name="YieldedNumber">The number of that licence once registered.</param>
/// <param name="ByCommitment">The applicant signed the 告知承诺 for this item: it concluded at once and is checked afterwards (事后核查).</param>
/// <param name="SpecialProcedureDays">The longest a 特别程序 may stop the item's clock, in working days, without the hall manager's approval.</param>
/// <param name="ReviewHall">赋权: the sub-hall that took the case in and holds the item's delegation; its reviewers decide it.</param>
/// <param name="TwoStepSignOff">The item's decision needs 审核 by one reviewer, then 审批 by another of the department who holds the 审批 permission.</param>
public sealed record CaseItem(string Code, string Name, string DepartmentCode, string DepartmentName, int PromisedDays, bool ConcludesAtOnce,
    bool CommitmentAllowed = false, int Stage = 1, string? Yields = null, string? YieldedNumber = null, bool ByCommitment = false,
    int SpecialProcedureDays = CaseItem.DefaultSpecialProcedureDays, bool TwoStepSignOff = false, string? ReviewHall = null)
{
    /// <summary>The cap of a 特别程序 when the catalog names none: 60 working days.</summary>
    public const int DefaultSpecialProcedureDays = 60;

    /// <summary>The item as taken in when the applicant signs the commitment (承诺书).</summary>
    public CaseItem WithCommitment() => CommitmentAllowed ? this with { ConcludesAtOnce = true, ByCommitment = true } : this;

    /// <summary>Working days the item takes: none when it concludes at the window.</summary>
    public int EffectiveDays => ConcludesAtOnce ? 0 : PromisedDays;

    /// <summary>Working days the item takes from the opening of its stage (<see cref="StagePlan.DaysInStage"/>).</summary>
    public int DaysInStage => StagePlan.DaysInStage(Stage, EffectiveDays);
}

public static class CaseNumber
{
    /// <summary>AM202612010001: hall code, local acceptance date, the day's 4-digit sequence in the hall.</summary>
    public static string Format(string hall, DateOnly day, int sequence) =>
        $"{hall}{day:yyyyMMdd}{sequence:0000}";

    public static string Prefix(string hall, DateOnly day) => $"{hall}{day:yyyyMMdd}";
}

public static class Deadlines
{
    public const int YellowAtDaysLeft = 2;

    public static DeadlineLight Light(int workingDaysLeft) =>
        workingDaysLeft < 0 ? DeadlineLight.Red
        : workingDaysLeft <= YellowAtDaysLeft ? DeadlineLight.Yellow
        : DeadlineLight.Green;
}
