using HallDesk.Data;

namespace HallDesk.Web.Features.Review;

/// <summary>审核: the first of two steps on an item that asks for it; another reviewer with the 审批 permission decides.</summary>
public sealed class CheckReviewTask(CaseDesk desk)
{
    public Task HandleAsync(Actor actor, string caseNumber, int seenVersion, bool approve, string opinion, CancellationToken ct = default) =>
        ReviewTaskStep.RunAsync(desk, actor, caseNumber, seenVersion, "review.check", c => c.Case.Check(c.Department, approve, opinion, c.Signer, c.Now), ct);
}
