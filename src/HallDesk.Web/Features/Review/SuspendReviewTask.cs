using HallDesk.Data;
using HallDesk.Web.Features.Intake;

namespace HallDesk.Web.Features.Review;

/// <summary>特别程序: the reviewer stops their department's clock (inspection, hearing, expert review), with the reason.</summary>
public sealed class SuspendReviewTask(CaseDesk desk)
{
    public Task HandleAsync(Actor actor, string caseNumber, int seenVersion, string reason, CancellationToken ct = default) =>
        ReviewTaskStep.RunAsync(desk, actor, caseNumber, seenVersion, "review.suspend", c => c.Case.Suspend(c.Department, reason, c.Staff.DisplayName, c.Today, c.Now), ct);
}
