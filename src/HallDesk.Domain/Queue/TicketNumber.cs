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
}
