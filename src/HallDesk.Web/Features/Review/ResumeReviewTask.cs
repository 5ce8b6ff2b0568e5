using HallDesk.Data;
using HallDesk.Web.Features.Intake;

namespace HallDesk.Web.Features.Review;

/// <summary>The reviewer restarts their department's clock; the deadline moves by the working days it stood still.</summary>
public sealed class ResumeReviewTask(CaseDesk desk)
{
    public Task HandleAsync(Actor actor, string caseNumber, int seenVersion, CancellationToken ct = default) =>
        ReviewTaskStep.RunAsync(desk, actor, caseNumber, seenVersion, "review.resume", c => c.Case.ResumeClock(c.Department, c.Calendar, c.Staff.DisplayName, c.Today, c.Now), ct);
}
