using System.Text.RegularExpressions;

namespace HallDesk.Domain.People;

/// <summary>How personal data appears on public screens and answers: never whole.</summary>
public static partial class PersonalDataMask
{
    /// <summary>A run of at least 7 digits, spaces and dashes allowed between them: a phone number typed into free text.</summary>
    [GeneratedRegex(@"\d(?:[\d\- ]*\d){6,}")]
    private static partial Regex DigitRun();

    /// <summary>Where an address's region ends: the district, county, town (牡丹江市爱民区…).</summary>
    private static readonly System.Buffers.SearchValues<char> RegionEnds = System.Buffers.SearchValues.Create(AddressRegions.Ends);

    /// <summary>
    /// 黑龙江省牡丹江市爱民区****: the region as far as the district (within the first 16 characters), the rest hidden,
    /// and every phone number typed into it masked whatever part it stands in.
    /// </summary>
    public static string Address(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return "****";
        }

        var text = DigitRun().Replace(address.Trim(), m => Digits(m.Value));
        var head = text[..Math.Min(16, text.Length)];
        var end = head.LastIndexOfAny(RegionEnds);
        var kept = end >= 0 ? text[..(end + 1)] : text[..Math.Min(6, text.Length)];
        return kept.Length < text.Length ? kept + "****" : kept;
    }

    /// <summary>A phone number in free text: a mobile as <see cref="Phone"/>, anything else keeps its last 4 digits.</summary>
    private static string Digits(string run)
    {
        var digits = new string(run.Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 11 && digits[0] == '1' ? Phone(digits) : "****" + digits[^4..];
    }

    /// <summary>138****5678: at most the first 3 and last 4 of an 11-digit number; anything shorter is hidden entirely.</summary>
    public static string Phone(string? phone)
    {
        if (string.IsNullOrEmpty(phone) || phone.Length < 11)
        {
            return "****";
        }

        return string.Concat(phone.AsSpan(0, 3), new string('*', phone.Length - 7), phone.AsSpan(phone.Length - 4));
    }

    /// <summary>张*三 for three characters or more, 张* for two.</summary>
    public static string Name(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "*";
        }

        var chars = System.Globalization.StringInfo.GetTextElementEnumerator(name.Trim());
        var elements = new List<string>();
        while (chars.MoveNext())
        {
            elements.Add(chars.GetTextElement());
        }

        return elements.Count switch
        {
            1 => "*",
            2 => elements[0] + "*",
            _ => elements[0] + new string('*', elements.Count - 2) + elements[^1],
        };
    }
}
