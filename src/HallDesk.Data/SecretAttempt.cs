namespace HallDesk.Data;

/// <summary>One wrong answer to a public secret (a case's or a request's phone digits), kept an hour for <see cref="SecretLimit"/>.</summary>
public sealed class SecretAttempt
{
    private SecretAttempt()
    {
    }

    public long Id { get; private set; }

    /// <summary>What was guessed at, e.g. <c>case:AM202612010001</c>.</summary>
    public string Secret { get; private set; } = "";

    public DateTime At { get; private set; }

    public static SecretAttempt Wrong(string secret, DateTime at) => new() { Secret = secret, At = at };
}
