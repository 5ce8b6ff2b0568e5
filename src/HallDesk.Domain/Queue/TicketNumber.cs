namespace HallDesk.Domain.Queue;

/// <summary>Ticket numbers: the line's prefix letter and the day's sequence, A001 … A999, A1000 ….</summary>
public static class TicketNumber
{
    public static string Format(string linePrefix, int sequence)
    {
        if (sequence < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(sequence), "Ticket numbers start at 1.");
        }

        return linePrefix + sequence.ToString("000", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The next sequence after the highest one issued today in this hall and line (none yet: 1).</summary>
    public static int Next(int? highestToday) => (highestToday ?? 0) + 1;

    /// <summary>Splits "A012" into its line prefix "A" and sequence 12; false for anything else.</summary>
    public static bool TryParse(string? number, out string linePrefix, out int sequence)
    {
        linePrefix = "";
        sequence = 0;
        if (string.IsNullOrEmpty(number))
        {
            return false;
        }

        var digits = 0;
        while (digits < number.Length && char.IsAsciiLetterUpper(number[digits]))
        {
            digits++;
        }

        if (digits == 0 || digits == number.Length
            || !int.TryParse(number.AsSpan(digits), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out sequence)
            || sequence < 1)
        {
            sequence = 0;
            return false;
        }

        linePrefix = number[..digits];
        return true;
    }
}
