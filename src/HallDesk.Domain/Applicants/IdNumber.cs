using System.Globalization;

namespace HallDesk.Domain.Applicants;

/// <summary>居民身份证号码 (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence, check character.</summary>
public static class IdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>The check character the first 17 digits call for.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    /// <summary>Null when valid; otherwise the reason, for the field's message.</summary>
    public static DomainMessage? Validate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return new("IdNumber.Required");
        }

        var id = value.Trim().ToUpperInvariant();
        if (id.Length != 18)
        {
            return new("IdNumber.Length", id.Length);
        }

        for (var i = 0; i < 17; i++)
        {
            if (id[i] is < '0' or > '9')
            {
                return new("IdNumber.Digits");
            }
        }

        if (id[17] is not ((>= '0' and <= '9') or 'X'))
        {
            return new("IdNumber.LastCharacter");
        }

        if (id[0] == '0')
        {
            return new("IdNumber.Region");
        }

        if (!DateOnly.TryParseExact(id.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth.Year < 1900)
        {
            return new("IdNumber.BirthDate");
        }

        return CheckCharacter(id) == id[17] ? null : new DomainMessage("IdNumber.Checksum");
    }

    public static bool IsValid(string? value) => Validate(value) is null;

    public static DateOnly BirthDate(string id) =>
        DateOnly.ParseExact(id.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>On public answers only: 6201**********123X keeps region's first 4 and last 4.</summary>
    public static string Mask(string id) => id.Length < 8 ? "****" : string.Concat(id.AsSpan(0, 4), new string('*', id.Length - 8), id.AsSpan(id.Length - 4));
}
