namespace HallDesk.Web.Features.Appointments;

/// <summary>A hall as the booking page offers it: its lines and the working days that can be booked today.</summary>
public sealed record BookableHall(string Code, string Name, IReadOnlyList<BookableHall.Line> Lines, IReadOnlyList<DateOnly> Days)
{
    public sealed record Line(string Code, string Name);
}
