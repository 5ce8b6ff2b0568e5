using HallDesk.Data;
using HallDesk.Web.Features.Review;

namespace HallDesk.Web.Features.Intake;

/// <summary>分阶段出件: an applicant who asked at intake for each result as it comes takes the concluded stages' results.</summary>
public sealed class HandOverStageResults(CaseDesk desk)
{
    public Task HandleAsync(Actor actor, string caseNumber, CancellationToken ct = default) =>
        desk.RunAsync(actor, caseNumber, "case.handover-stage", c => c.Case.HandOverStageResults(c.Staff.DisplayName, c.Now), ct);
}
