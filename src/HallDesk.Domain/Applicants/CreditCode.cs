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
