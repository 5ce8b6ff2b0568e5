using HallDesk.Data;
using HallDesk.Web.Features.Review;

namespace HallDesk.Web.Features.Intake;

/// <summary>送达: at the output window of the hall the citizen chose (全城通办), or by free mail (寄出, then 签收).</summary>
public sealed class DeliverCase(CaseDesk desk)
{
    public Task AtWindowAsync(Actor actor, string caseNumber, CancellationToken ct = default) =>
        desk.RunAsync(actor, caseNumber, "case.deliver", c => c.Case.DeliverAtWindow(c.Staff.DisplayName, c.Staff.HallCode, c.Now), ct);

    public Task ByMailAsync(Actor actor, string caseNumber, string address, string carrier, string tracking, CancellationToken ct = default) =>
        desk.RunAsync(actor, caseNumber, "case.mail", c => c.Case.SendByMail(address, carrier, tracking, c.Staff.DisplayName, c.Now), ct);

    public Task ConfirmMailAsync(Actor actor, string caseNumber, CancellationToken ct = default) =>
        desk.RunAsync(actor, caseNumber, "case.mail-delivered", c => c.Case.ConfirmMailDelivered(c.Staff.DisplayName, c.Now), ct);
}
