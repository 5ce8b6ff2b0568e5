namespace HallDesk.Web.Features.Messaging;

/// <summary>The default gateway: nothing leaves the building; the message stays in the outbox, marked sent, for Admin to read at /admin/sms.</summary>
public sealed class OutboxSmsGateway : ISmsGateway
{
    public string Name => SmsSettings.OutboxGateway;

    public Task<SmsDelivery> SendAsync(OutgoingSms sms, CancellationToken ct) => Task.FromResult(SmsDelivery.Ok);
}
