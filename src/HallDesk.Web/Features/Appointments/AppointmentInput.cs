using System.Globalization;
using HallDesk.Web.Infrastructure;

namespace HallDesk.Web.Features.Appointments;

/// <summary>Parsing of the fields shared by booking and the slot query; failures name the field in Chinese.</summary>
public static class AppointmentInput
{
    public static string Line(string? value)
    {
        var line = value?.Trim().ToUpperInvariant();
        return !string.IsNullOrEmpty(line) && line.Length == 1 && line[0] is >= 'A' and <= 'Z'
            ? line
            : throw new InputException("line", "Booking.LineRequired");
    }

    public static DateOnly Date(string? value) =>
        !DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? throw new InputException("date", "Booking.DateRequired")
            : DateLimits.Contains(date) ? date : throw new InputException("date", DateLimits.OutOfRange);

    public static TimeOnly Slot(string? value) =>
        TimeOnly.TryParseExact(value?.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var slot)
            ? slot
            : throw new InputException("slot", "Booking.SlotRequired");
}
