using HallDesk.Data;

namespace HallDesk.Web.Features.Review;

/// <summary>准予: the reviewer approves their department's part of the case, with an opinion (the 审批 of a two-step sign-off).</summary>
public sealed class ApproveReviewTask(CaseDesk desk)
{
    public Task HandleAsync(Actor actor, string caseNumber, int seenVersion, string opinion, CancellationToken ct = default) =>
        ReviewTaskStep.RunAsync(desk, actor, caseNumber, seenVersion, "review.approve", c => c.Case.Decide(c.Department, true, opinion, c.Staff.DisplayName, c.Now, c.Calendar, c.Today, c.Signer), ct);
}
