using HallDesk.Domain;
using HallDesk.Data;

namespace HallDesk.Web.Features.Review;

/// <summary>
/// A reviewer's steps on their department's part of a case: approve, deny, return for correction,
/// suspend and resume the clock. <paramref name="seenVersion"/> is the task version the reviewer
/// looked at: if someone decided meanwhile, the step is refused and nothing is written.
/// </summary>
public sealed class ReviewCase(CaseDesk desk)
{
    public Task ApproveAsync(Actor actor, string caseNumber, int seenVersion, string opinion, CancellationToken ct = default) =>
        StepAsync(actor, caseNumber, seenVersion, "review.approve", c => c.Case.Decide(c.Department, true, opinion, c.Staff.DisplayName, c.Now), ct);

    public Task DenyAsync(Actor actor, string caseNumber, int seenVersion, string reason, CancellationToken ct = default) =>
        StepAsync(actor, caseNumber, seenVersion, "review.deny", c => c.Case.Decide(c.Department, false, reason, c.Staff.DisplayName, c.Now), ct);

    public Task ReturnAsync(Actor actor, string caseNumber, int seenVersion, string missing, CancellationToken ct = default) =>
        StepAsync(actor, caseNumber, seenVersion, "review.return", c => c.Case.ReturnForCorrection(c.Department, missing, c.Staff.DisplayName, c.Today, c.Now), ct);

    public Task SuspendAsync(Actor actor, string caseNumber, int seenVersion, string reason, CancellationToken ct = default) =>
        StepAsync(actor, caseNumber, seenVersion, "review.suspend", c => c.Case.Suspend(c.Department, reason, c.Staff.DisplayName, c.Today, c.Now), ct);

    public Task ResumeAsync(Actor actor, string caseNumber, int seenVersion, CancellationToken ct = default) =>
        StepAsync(actor, caseNumber, seenVersion, "review.resume", c => c.Case.ResumeClock(c.Department, c.Calendar, c.Staff.DisplayName, c.Today, c.Now), ct);

    private Task StepAsync(Actor actor, string caseNumber, int seenVersion, string action, Action<CaseContext> step, CancellationToken ct) =>
        desk.RunAsync(actor, caseNumber, action, c =>
        {
            if (c.Case.TaskOf(c.Department).Version != seenVersion)
            {
                throw new DomainException("本部门的审查任务刚刚已被他人处理，请刷新后查看最新状态。");
            }

            step(c);
        }, ct);
}
