namespace HallDesk.Domain.Applicants;

/// <summary>统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet, the last a check character.</summary>
public static class CreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }

    /// <summary>
    /// The code of a company registered here (GB 32100): 9 (市场监管) 1 (企业), the six-digit region, the nine-character
    /// 主体标识码 — "MA", six digits of the registration's sequence and its GB 11714 check character — and the check character.
    /// </summary>
    public static string ForNewCompany(string region, int sequence)
    {
        if (region.Length != 6 || !region.All(char.IsAsciiDigit) || sequence is < 1 or > 999_999)
        {
            throw new ArgumentOutOfRangeException(nameof(sequence), "A six-digit region and a sequence of 1 to 999999.");
        }

        var body = "MA" + sequence.ToString("000000", System.Globalization.CultureInfo.InvariantCulture);
        var first17 = "91" + region + body + OrganisationCheck(body);
        return first17 + CheckCharacter(first17);
    }

    /// <summary>GB 11714: weights 3 7 9 10 5 8 4 2 over values 0–35 (digits, then A–Z); 10 is written X, 11 is 0.</summary>
    public static char OrganisationCheck(ReadOnlySpan<char> first8)
    {
        int[] weights = [3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = first8[i];
            sum += (char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10) * weights[i];
        }

        var check = 11 - (sum % 11);
        return check switch { 10 => 'X', 11 => '0', _ => (char)('0' + check) };
    }

    public static DomainMessage? Validate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return new("CreditCode.Required");
        }

        var code = value.Trim().ToUpperInvariant();
        if (code.Length != 18)
        {
            return new("CreditCode.Length", code.Length);
        }

        foreach (var c in code)
        {
            if (!Alphabet.Contains(c, StringComparison.Ordinal))
            {
                return new("CreditCode.BadCharacter", c.ToString());
            }
        }

        for (var i = 2; i < 8; i++)
        {
            if (code[i] is < '0' or > '9')
            {
                return new("CreditCode.RegionDigits");
            }
        }

        return CheckCharacter(code) == code[17] ? null : new DomainMessage("CreditCode.Checksum");
    }

    public static bool IsValid(string? value) => Validate(value) is null;
}
