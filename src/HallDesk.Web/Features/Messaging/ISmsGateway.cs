namespace HallDesk.Web.Features.Messaging;

/// <summary>
/// Hands one SMS to whatever carries it. An implementation never throws for a failed send: it answers
/// <see cref="SmsDelivery.Failed"/> and the sender retries after a back-off.
/// </summary>
public interface ISmsGateway
{
    /// <summary>The name recorded with each message: <c>Outbox</c>, <c>Http</c>.</summary>
    string Name { get; }

    Task<SmsDelivery> SendAsync(OutgoingSms sms, CancellationToken ct);
}
