using System.Text.RegularExpressions;

namespace HallDesk.Domain.People;

/// <summary>Mainland mobile numbers: 11 digits starting 13–19.</summary>
public static partial class PhoneNumber
{
    [GeneratedRegex(@"\A1[3-9][0-9]{9}\z")]
    private static partial Regex MobilePattern();

    public static bool IsValidMobile(string? value) => value is not null && MobilePattern().IsMatch(value);

    /// <summary>Trims spaces and dashes a citizen may type; returns null for an empty input.</summary>
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return value.Replace(" ", "", StringComparison.Ordinal).Replace("\u3000", "", StringComparison.Ordinal)
            .Replace("-", "", StringComparison.Ordinal).Trim();
    }
}
