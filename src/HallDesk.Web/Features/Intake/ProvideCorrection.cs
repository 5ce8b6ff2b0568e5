using HallDesk.Domain.Cases;
using HallDesk.Data;
using HallDesk.Web.Features.Review;

namespace HallDesk.Web.Features.Intake;

/// <summary>补正材料提交 at the window: a complete set accepts a case waiting at intake, or resumes its review.</summary>
public sealed class ProvideCorrection(CaseDesk desk)
{
    public Task HandleAsync(Actor actor, string caseNumber, IReadOnlyCollection<string> keys, CancellationToken ct = default) =>
        desk.RunAsync(actor, caseNumber, "case.correction", c =>
        {
            c.Case.ProvideMaterials(keys, c.Calendar, c.Today, c.Staff.DisplayName, c.Now);
            if (c.Case.Status == CaseStatus.AwaitingCorrection && c.Case.Tasks.Count == 0 && c.Case.MissingMaterials.Count == 0)
            {
                c.Case.Accept(c.Calendar, c.Today, c.Staff.DisplayName, c.Now);
            }
        }, ct);
}
