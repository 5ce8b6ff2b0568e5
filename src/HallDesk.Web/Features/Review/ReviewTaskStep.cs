using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Web.Features.Intake;

namespace HallDesk.Web.Features.Review;

/// <summary>
/// The frame of a reviewer's step on their department's task. <c>seenVersion</c> is the task version the
/// reviewer looked at: if someone decided meanwhile, the step is refused and nothing is written.
/// </summary>
internal static class ReviewTaskStep
{
    public static Task RunAsync(CaseDesk desk, Actor actor, string caseNumber, int seenVersion, string action, Action<CaseContext> step, CancellationToken ct) =>
        desk.RunAsync(actor, caseNumber, action, c =>
        {
            if (c.Case.TaskOf(c.Department).Version != seenVersion)
            {
                throw new DomainException("Review.ChangedMeanwhile");
            }

            step(c);
        }, ct);
}
