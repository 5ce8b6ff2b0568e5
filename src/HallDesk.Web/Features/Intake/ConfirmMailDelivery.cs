using HallDesk.Data;

namespace HallDesk.Web.Features.Intake;

/// <summary>签收: the mailed result reached the citizen; the case is 已送达.</summary>
public sealed class ConfirmMailDelivery(CaseDesk desk)
{
    public Task HandleAsync(Actor actor, string caseNumber, CancellationToken ct = default) =>
        desk.RunAsync(actor, caseNumber, "case.mail-delivered", c => c.Case.ConfirmMailDelivered(c.Staff.DisplayName, c.Now), ct);
}
