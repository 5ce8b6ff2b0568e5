using HallDesk.Data;

namespace HallDesk.Web.Features.Review;

/// <summary>
/// 补正 during review: the reviewer asks the applicant for what their department needs. Their clock stops, and those of
/// the departments they name in <c>waiting</c>; the other departments keep reviewing.
/// </summary>
public sealed class ReturnCaseForCorrection(CaseDesk desk)
{
    public Task HandleAsync(Actor actor, string caseNumber, int seenVersion, string missing, IReadOnlyCollection<string>? waiting = null,
        CancellationToken ct = default) =>
        ReviewTaskStep.RunAsync(desk, actor, caseNumber, seenVersion, "review.return",
            c => c.Case.ReturnForCorrection(c.Department, missing, c.Staff.DisplayName, c.Today, c.Now, waiting), ct);
}
