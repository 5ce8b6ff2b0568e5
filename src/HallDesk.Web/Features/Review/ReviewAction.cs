namespace HallDesk.Web.Features.Review;

/// <summary>What a reviewer does on their department's task from the decision panel.</summary>
public enum ReviewAction
{
    Approve,
    Deny,
    Return,
    Suspend,
    Resume,
    /// <summary>审核 proposing approval (two-step sign-off).</summary>
    CheckApprove,
    /// <summary>审核 proposing refusal (two-step sign-off).</summary>
    CheckDeny,
}
