using HallDesk.Data;

namespace HallDesk.Web.Features.Intake;

/// <summary>窗口送达: the result is handed over at the output window of the hall the citizen chose (全城通办).</summary>
public sealed class DeliverCaseAtWindow(CaseDesk desk)
{
    public Task HandleAsync(Actor actor, string caseNumber, CancellationToken ct = default) =>
        desk.RunAsync(actor, caseNumber, "case.deliver", c => c.Case.DeliverAtWindow(c.Staff.DisplayName, c.Staff.HallCode, c.Now), ct);
}
