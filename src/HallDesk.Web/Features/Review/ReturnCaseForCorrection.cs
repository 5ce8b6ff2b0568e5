using HallDesk.Data;
using HallDesk.Web.Features.Intake;

namespace HallDesk.Web.Features.Review;

/// <summary>退回补正: the reviewer sends the case back to the applicant for the missing materials.</summary>
public sealed class ReturnCaseForCorrection(CaseDesk desk)
{
    public Task HandleAsync(Actor actor, string caseNumber, int seenVersion, string missing, CancellationToken ct = default) =>
        ReviewTaskStep.RunAsync(desk, actor, caseNumber, seenVersion, "review.return", c => c.Case.ReturnForCorrection(c.Department, missing, c.Staff.DisplayName, c.Today, c.Now), ct);
}
