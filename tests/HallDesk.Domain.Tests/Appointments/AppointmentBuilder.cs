using HallDesk.Domain.Appointments;

namespace HallDesk.Domain.Tests.Appointments;

/// <summary>A booking with valid defaults (a real check digit), overridable one value at a time.</summary>
internal sealed class AppointmentBuilder
{
    public const string IdNumber = "11010519491231002X";

    private string _hall = "H01";
    private string _line = "A";
    private DateOnly _date = new(2026, 12, 3);
    private TimeOnly _slot = new(9, 0);
    private string _id = IdNumber;

    public AppointmentBuilder ForLine(string line)
    {
        _line = line;
        return this;
    }

    public AppointmentBuilder InHall(string hall)
    {
        _hall = hall;
        return this;
    }

    public AppointmentBuilder On(DateOnly date)
    {
        _date = date;
        return this;
    }

    public AppointmentBuilder At(TimeOnly slot)
    {
        _slot = slot;
        return this;
    }

    public AppointmentBuilder ForPerson(string idNumber)
    {
        _id = idNumber;
        return this;
    }

    public Appointment Build() =>
        Appointment.Book(AppointmentCode.New(), _hall, _line, _date, _slot, "张三丰", _id, "13812345678", new DateTime(2026, 12, 1, 1, 0, 0, DateTimeKind.Utc));
}
