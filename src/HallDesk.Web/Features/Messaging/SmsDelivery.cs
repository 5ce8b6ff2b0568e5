namespace HallDesk.Web.Features.Messaging;

/// <summary>What a try came to: sent, or the reason it was not (recorded in the outbox, never thrown at anyone).</summary>
public sealed record SmsDelivery(bool Sent, string? Error)
{
    public static readonly SmsDelivery Ok = new(true, null);

    public static SmsDelivery Failed(string error) => new(false, error);
}
