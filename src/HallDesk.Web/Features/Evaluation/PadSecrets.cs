using System.Security.Cryptography;
using System.Text;

namespace HallDesk.Web.Features.Evaluation;

/// <summary>The pad's pairing codes (short, typed once) and device secrets (long, kept in a cookie); both stored only hashed.</summary>
public static class PadSecrets
{
    public const int CodeLength = 8;

    // No 0/O, 1/I/L: a code read off a screen is typed without doubt. 31^8 ≈ 8.5·10^11 codes.
    private const string CodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string NewPairingCode() => new(RandomNumberGenerator.GetItems<char>(CodeAlphabet, CodeLength));

    /// <summary>256 random bits, URL-safe.</summary>
    public static string NewDeviceSecret() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>What the tablet typed, as the code was issued: upper case, without spaces or the dash; null when it cannot be a code.</summary>
    public static string? NormalizeCode(string? typed)
    {
        var code = new string((typed ?? "").Where(c => c is not (' ' or '-')).Select(char.ToUpperInvariant).ToArray());
        return code.Length == CodeLength && code.All(CodeAlphabet.Contains) ? code : null;
    }

    /// <summary>ABCD-EFGH: easier to read out and type.</summary>
    public static string Display(string code) => code.Length == CodeLength ? $"{code[..4]}-{code[4..]}" : code;

    public static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
