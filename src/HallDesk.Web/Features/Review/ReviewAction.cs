namespace HallDesk.Web.Features.Review;

/// <summary>What a reviewer does on their department's task from the decision panel.</summary>
public enum ReviewAction
{
    Approve,
    Deny,
    Return,
    Suspend,
    Resume,
}
