using HallDesk.Data;
using HallDesk.Domain.Cases;

namespace HallDesk.Web.Features.Review;

/// <summary>
/// 特别程序: the reviewer stops their department's clock for one of the kinds the law names (检验、检测、检疫、鉴定、专家评审、
/// 听证), with the reason; the item's cap bounds how long it may stand still.
/// </summary>
public sealed class SuspendReviewTask(CaseDesk desk)
{
    public Task HandleAsync(Actor actor, string caseNumber, int seenVersion, string reason, SuspensionKind kind, CancellationToken ct = default) =>
        ReviewTaskStep.RunAsync(desk, actor, caseNumber, seenVersion, "review.suspend",
            c => c.Case.Suspend(c.Department, kind, reason, c.Staff.DisplayName, c.Today, c.Now), ct);
}
