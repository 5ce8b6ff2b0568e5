namespace HallDesk.Domain.Evaluations;

/// <summary>
/// 评价器: the tablet paired to one counter. The manager offers a one-time pairing code; the tablet that
/// redeems it in time keeps a long random device secret, of which only the hash is stored here. One pad per
/// counter: pairing another tablet replaces the first.
/// </summary>
public sealed class RatingPad
{
    /// <summary>How long a pairing code can be redeemed.</summary>
    public static readonly TimeSpan PairingCodeLifetime = TimeSpan.FromMinutes(10);

    private RatingPad()
    {
        HallCode = "";
    }

    public long Id { get; private set; }

    public string HallCode { get; private set; }

    public int CounterNumber { get; private set; }

    /// <summary>SHA-256 of the pending pairing code; null when none is offered (or it was used).</summary>
    public string? PairingCodeHash { get; private set; }

    public DateTime? PairingCodeExpiresAt { get; private set; }

    /// <summary>SHA-256 of the paired device's secret; null while no device is paired.</summary>
    public string? SecretHash { get; private set; }

    public DateTime? PairedAt { get; private set; }

    public bool IsPaired => SecretHash is not null;

    public static RatingPad For(string hallCode, int counterNumber) => new() { HallCode = hallCode, CounterNumber = counterNumber };

    /// <summary>A new code replaces any code offered before; the device already paired stays paired until the code is used.</summary>
    public void OfferPairing(string codeHash, DateTime now)
    {
        RequireHash(codeHash);
        PairingCodeHash = codeHash;
        PairingCodeExpiresAt = now + PairingCodeLifetime;
    }

    /// <summary>The tablet redeems the code: once, before it expires. Returns whether another device was replaced.</summary>
    public bool Pair(string codeHash, string secretHash, DateTime now)
    {
        RequireHash(secretHash);
        if (PairingCodeHash is null || PairingCodeHash != codeHash || PairingCodeExpiresAt is not { } expires || now >= expires)
        {
            // Expired, used or wrong: one answer, so that a probe learns nothing.
            throw new DomainException("Pad.CodeInvalid");
        }

        var replaced = IsPaired;
        PairingCodeHash = null;
        PairingCodeExpiresAt = null;
        SecretHash = secretHash;
        PairedAt = now;
        return replaced;
    }

    public void Unpair()
    {
        if (!IsPaired)
        {
            throw new DomainException("Pad.NoneOnCounter", CounterNumber);
        }

        SecretHash = null;
        PairedAt = null;
    }

    private static void RequireHash(string hash)
    {
        if (hash is not { Length: 64 } || !hash.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("Expected a lower-case SHA-256 hex digest.", nameof(hash));
        }
    }
}
