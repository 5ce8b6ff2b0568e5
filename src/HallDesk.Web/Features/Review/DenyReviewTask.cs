using HallDesk.Data;

namespace HallDesk.Web.Features.Review;

/// <summary>不予许可: the reviewer refuses their department's part of the case, with the reason (the 审批 of a two-step sign-off).</summary>
public sealed class DenyReviewTask(CaseDesk desk)
{
    public Task HandleAsync(Actor actor, string caseNumber, int seenVersion, string reason, CancellationToken ct = default) =>
        ReviewTaskStep.RunAsync(desk, actor, caseNumber, seenVersion, "review.deny", c => c.Case.Decide(c.Department, false, reason, c.Staff.DisplayName, c.Now, c.Calendar, c.Today, c.Signer), ct);
}
