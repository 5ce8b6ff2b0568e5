using HallDesk.Data;

namespace HallDesk.Web.Features.Intake;

/// <summary>邮寄送达: the result goes out by free mail; <see cref="ConfirmMailDelivery"/> records the 签收.</summary>
public sealed class SendCaseByMail(CaseDesk desk)
{
    public sealed record Command(string CaseNumber, string Address, string Carrier, string Tracking);

    public Task HandleAsync(Command command, Actor actor, CancellationToken ct = default) =>
        desk.RunAsync(actor, command.CaseNumber, "case.mail",
            c => c.Case.SendByMail(command.Address, command.Carrier, command.Tracking, c.Staff.DisplayName, c.Now), ct);
}
