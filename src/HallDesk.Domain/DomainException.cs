namespace HallDesk.Domain;

/// <summary>
/// An illegal move against a domain rule, as a stable key and plain arguments ("Ticket.CallNotWaiting", "A001", Serving).
/// The web project turns it into the reader's language; the message is the key and arguments, for logs.
/// </summary>
public sealed class DomainException(DomainMessage text) : Exception(text.ToString())
{
    public DomainException(string key, params object?[] args)
        : this(new DomainMessage(key, args))
    {
    }

    public DomainMessage Text { get; } = text;

    public string Key => Text.Key;

    public IReadOnlyList<object?> Args => Text.Args;
}
