namespace HallDesk.Data;

/// <summary>
/// The personal live page of a ticket with a phone (<c>/t/{token}</c>, linked in the ticket's SMS): a short random token
/// that opens the ticket's number, the people ahead and the counter it is called to, and nothing personal.
/// </summary>
public sealed class TicketWatch
{
    public const int TokenLength = 10;

    private const string Alphabet = "23456789abcdefghjkmnpqrstuvwxyz";

    private TicketWatch()
    {
    }

    public long Id { get; private set; }

    public string Token { get; private set; } = "";

    public long TicketId { get; private set; }

    public string HallCode { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    /// <summary>Whether the "three ahead" SMS went out (once per ticket).</summary>
    public bool NearNoticeSent { get; private set; }

    public static TicketWatch Create(long ticketId, string hallCode, DateTime now) => new()
    {
        Token = System.Security.Cryptography.RandomNumberGenerator.GetString(Alphabet, TokenLength),
        TicketId = ticketId,
        HallCode = hallCode,
        CreatedAt = now,
    };

    public void MarkNearNoticeSent() => NearNoticeSent = true;
}
