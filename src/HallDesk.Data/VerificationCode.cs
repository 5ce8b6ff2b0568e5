using System.Security.Cryptography;
using System.Text;

namespace HallDesk.Data;

/// <summary>
/// A 6-digit code sent by SMS to prove a phone (<c>purpose</c> "appointment"). Stored as a salted SHA-256, never in
/// clear; valid for a few minutes, used once, void after five wrong tries. The rows also count the per-phone and
/// per-address limits on asking, so every node counts the same.
/// </summary>
public sealed class VerificationCode
{
    public const int Digits = 6;
    public const int MaxWrongTries = 5;

    private VerificationCode()
    {
    }

    public long Id { get; private set; }

    public string Phone { get; private set; } = "";

    public string Purpose { get; private set; } = "";

    public string Salt { get; private set; } = "";

    public string Hash { get; private set; } = "";

    /// <summary>The address that asked (the per-address limit).</summary>
    public string? Address { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime ExpiresAt { get; private set; }

    public int WrongTries { get; private set; }

    public DateTime? UsedAt { get; private set; }

    /// <summary>Whether it can still be given: not used, not expired, fewer than five wrong tries.</summary>
    public bool IsLive(DateTime now) => UsedAt is null && WrongTries < MaxWrongTries && now < ExpiresAt;

    /// <summary>A new code and its row; the clear code goes into the SMS and nowhere else.</summary>
    public static (VerificationCode Row, string Code) Issue(string phone, string purpose, string? address, DateTime now, TimeSpan validFor)
    {
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var salt = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        return (new VerificationCode
        {
            Phone = phone,
            Purpose = purpose,
            Salt = salt,
            Hash = HashOf(salt, code),
            Address = address,
            CreatedAt = now,
            ExpiresAt = now + validFor,
        }, code);
    }

    /// <summary>Checks the digits given; a wrong answer counts a try.</summary>
    public bool Try(string code)
    {
        var right = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashOf(Salt, code)), Encoding.ASCII.GetBytes(Hash));
        if (!right)
        {
            WrongTries++;
        }

        return right;
    }

    public void Use(DateTime now) => UsedAt = now;

    private static string HashOf(string salt, string code) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(salt + ":" + code)));
}
