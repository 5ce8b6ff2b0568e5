using System.Security.Cryptography;

namespace HallDesk.Domain.Appointments;

/// <summary>预约码: 8 characters from an alphabet without 0/O, 1/I/L, so it can be read out over the phone.</summary>
public static class AppointmentCode
{
    public const int Length = 8;

    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New() => new(RandomNumberGenerator.GetItems<char>(Alphabet, Length));

    /// <summary>The code as stored (upper case, trimmed), or null when it cannot be one.</summary>
    public static string? Normalize(string? value)
    {
        var code = value?.Trim().ToUpperInvariant();
        return code is { Length: Length } && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? code : null;
    }
}
