namespace HallDesk.Data;

/// <summary>Where an outgoing SMS stands.</summary>
public enum SmsStatus
{
    /// <summary>Waiting for the sender (new, or back after a failed try, from <see cref="SmsMessage.DueAt"/>).</summary>
    Pending,

    /// <summary>Claimed by a sender until <see cref="SmsMessage.ClaimedUntil"/>; a sender that died meanwhile leaves it to be claimed again.</summary>
    Sending,

    /// <summary>Handed to the gateway (the Outbox gateway keeps it here: stored, nothing left the building).</summary>
    Sent,

    /// <summary>Given up after the last try; the error says why.</summary>
    Failed,
}

/// <summary>
/// One SMS in the outbox: written in the same transaction as the change that causes it (so a rolled-back change sends
/// nothing), sent after the commit by the background sender, which claims it first (so two senders never send it
/// twice) and hands the gateway its <see cref="Key"/> (so a provider can drop a repeat after a crash between sending
/// and marking). The phone is stored as given; only the Admin outbox shows it whole.
/// </summary>
public sealed class SmsMessage
{
    public const int MaxText = 300;
    public const int MaxError = 300;

    private SmsMessage()
    {
    }

    public long Id { get; private set; }

    /// <summary>The idempotency key the HTTP gateway sends with every try of this message.</summary>
    public string Key { get; private set; } = "";

    public string Phone { get; private set; } = "";

    public string Text { get; private set; } = "";

    /// <summary>What the message is for (<c>VerificationCode</c>, <c>CaseAccepted</c> …): the per-kind switches and the outbox filter.</summary>
    public string Kind { get; private set; } = "";

    public string? HallCode { get; private set; }

    /// <summary>What caused it (a case number, an appointment code), for the outbox's reader; never personal data.</summary>
    public string? Subject { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>Not before: quiet hours move a reminder to the morning, a failed try to after its back-off.</summary>
    public DateTime DueAt { get; private set; }

    public SmsStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTime? ClaimedUntil { get; private set; }

    public string? LastError { get; private set; }

    public DateTime? SentAt { get; private set; }

    /// <summary>The gateway that took it: <c>Outbox</c> (kept here, nothing sent) or <c>Http</c>.</summary>
    public string? Gateway { get; private set; }

    public static SmsMessage Create(string phone, string text, string kind, string? hallCode, string? subject, DateTime now, DateTime dueAt) => new()
    {
        Key = Guid.NewGuid().ToString("N"),
        Phone = phone,
        Text = text.Length > MaxText ? text[..MaxText] : text,
        Kind = kind,
        HallCode = hallCode,
        Subject = subject,
        CreatedAt = now,
        DueAt = dueAt < now ? now : dueAt,
        Status = SmsStatus.Pending,
    };

    /// <summary>Whether a sender may take it now: pending and due, or claimed by a sender whose claim ran out.</summary>
    public bool IsClaimable(DateTime now) =>
        (Status == SmsStatus.Pending && DueAt <= now) || (Status == SmsStatus.Sending && ClaimedUntil < now);

    public void Claim(DateTime now, TimeSpan lease)
    {
        if (!IsClaimable(now))
        {
            throw new InvalidOperationException($"SMS {Id} is {Status}, not claimable.");
        }

        Status = SmsStatus.Sending;
        ClaimedUntil = now + lease;
        Attempts++;
    }

    public void MarkSent(DateTime now, string gateway)
    {
        Status = SmsStatus.Sent;
        SentAt = now;
        Gateway = gateway;
        ClaimedUntil = null;
        LastError = null;
    }

    /// <summary>A failed try: back to pending after <paramref name="retryAt"/>, or failed for good when there is none.</summary>
    public void MarkTryFailed(string gateway, string error, DateTime? retryAt)
    {
        Gateway = gateway;
        LastError = error.Length > MaxError ? error[..MaxError] : error;
        ClaimedUntil = null;
        if (retryAt is { } at)
        {
            Status = SmsStatus.Pending;
            DueAt = at;
        }
        else
        {
            Status = SmsStatus.Failed;
        }
    }
}
