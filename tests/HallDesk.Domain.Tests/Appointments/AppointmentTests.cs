using HallDesk.Domain.Appointments;

namespace HallDesk.Domain.Tests.Appointments;

public class AppointmentTests
{
    private static readonly DateTime DayBefore = new(2026, 12, 2, 10, 0, 0);

    [Fact]
    public void Book_Valid_IsBookedWithUnambiguousCode()
    {
        var appointment = new AppointmentBuilder().Build();

        Assert.Equal(AppointmentStatus.Booked, appointment.Status);
        Assert.Equal(AppointmentCode.Length, appointment.Code.Length);
        Assert.All(appointment.Code, c => Assert.Contains(c, AppointmentCode.Alphabet));
        Assert.True(appointment.HoldsPlace);
    }

    [Fact]
    public void Book_BadCheckDigit_Throws() =>
        Assert.Throws<DomainException>(() => new AppointmentBuilder().ForPerson("110105194912310021").Build());

    [Fact]
    public void Cancel_Booked_FreesThePlace()
    {
        var appointment = new AppointmentBuilder().Build();

        appointment.Cancel(DayBefore);

        Assert.Equal(AppointmentStatus.Cancelled, appointment.Status);
        Assert.False(appointment.HoldsPlace);
    }

    [Fact]
    public void Cancel_Twice_Throws()
    {
        var appointment = new AppointmentBuilder().Build();
        appointment.Cancel(DayBefore);

        var ex = Assert.Throws<DomainException>(() => appointment.Cancel(DayBefore));
        Assert.Equal("Appointment.CannotCancel", ex.Key);
        Assert.Equal([AppointmentStatus.Cancelled], ex.Args);
    }

    [Fact]
    public void Cancel_AfterSlotStarted_Throws() =>
        Assert.Throws<DomainException>(() => new AppointmentBuilder().Build().Cancel(new DateTime(2026, 12, 3, 9, 0, 0)));

    [Fact]
    public void MarkNoShow_WithinTheLateGrace_ThrowsAndAfterIt_Records()
    {
        var appointment = new AppointmentBuilder().Build();

        Assert.Throws<DomainException>(() => appointment.MarkNoShow(new DateTime(2026, 12, 3, 8, 59, 0), Window));
        Assert.Throws<DomainException>(() => appointment.MarkNoShow(new DateTime(2026, 12, 3, 9, 15, 0), Window));
        appointment.MarkNoShow(new DateTime(2026, 12, 3, 9, 15, 1), Window);

        Assert.Equal(AppointmentStatus.NoShow, appointment.Status);
        Assert.False(appointment.HoldsPlace);
    }

    [Theory]
    [InlineData(8, 30)]
    [InlineData(9, 0)]
    [InlineData(9, 15)]
    public void CheckIn_WithinTheWindow_ChecksInAndKeepsTheTicket(int hour, int minute)
    {
        var appointment = new AppointmentBuilder().Build();

        appointment.CheckIn(new DateTime(2026, 12, 3, hour, minute, 0), Window, "A007");

        Assert.Equal(AppointmentStatus.CheckedIn, appointment.Status);
        Assert.Equal("A007", appointment.TicketNumber);
        Assert.True(appointment.HoldsPlace);
    }

    [Fact]
    public void CheckIn_TooEarly_SaysFromWhen()
    {
        var appointment = new AppointmentBuilder().Build();

        var ex = Assert.Throws<DomainException>(() => appointment.CheckIn(new DateTime(2026, 12, 3, 8, 29, 0), Window, "A007"));

        Assert.Equal("Appointment.TooEarly", ex.Key);
        Assert.Equal(new TimeOnly(8, 30), ex.Args[1]);
        Assert.Equal(AppointmentStatus.Booked, appointment.Status);
    }

    [Fact]
    public void CheckIn_TooLate_SaysToTakeATicket()
    {
        var appointment = new AppointmentBuilder().Build();

        var ex = Assert.Throws<DomainException>(() => appointment.CheckIn(new DateTime(2026, 12, 3, 9, 16, 0), Window, "A007"));

        Assert.Equal("Appointment.TooLate", ex.Key);
        Assert.Equal(AppointmentStatus.Booked, appointment.Status);
    }

    [Fact]
    public void CheckIn_OnAnotherDay_Throws() =>
        Assert.Throws<DomainException>(() => new AppointmentBuilder().Build().CheckIn(DayBefore, Window, "A007"));

    [Fact]
    public void CheckIn_Twice_Throws()
    {
        var appointment = new AppointmentBuilder().Build();
        appointment.CheckIn(new DateTime(2026, 12, 3, 8, 50, 0), Window, "A007");

        var ex = Assert.Throws<DomainException>(() => appointment.CheckIn(new DateTime(2026, 12, 3, 8, 51, 0), Window, "A008"));
        Assert.Equal([AppointmentStatus.CheckedIn], ex.Args);
    }

    [Fact]
    public void CheckInWindow_OutOfRange_Throws() =>
        Assert.Throws<DomainException>(() => new CheckInWindow(TimeSpan.FromMinutes(-1), TimeSpan.Zero));

    private static readonly CheckInWindow Window = new(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(15));

    [Fact]
    public void MoveTo_Booked_TakesTheNewDayAndSlot_KeepsItsCode()
    {
        var appointment = new AppointmentBuilder().Build();
        var code = appointment.Code;

        appointment.MoveTo(new DateOnly(2026, 12, 4), new TimeOnly(11, 0), DayBefore);

        Assert.Equal(new DateOnly(2026, 12, 4), appointment.Date);
        Assert.Equal(new TimeOnly(11, 0), appointment.SlotStart);
        Assert.Equal(code, appointment.Code);
        Assert.Equal(AppointmentStatus.Booked, appointment.Status);
    }

    [Fact]
    public void MoveTo_Cancelled_Throws()
    {
        var appointment = new AppointmentBuilder().Build();
        appointment.Cancel(DayBefore);

        var refused = Assert.Throws<DomainException>(() => appointment.MoveTo(new DateOnly(2026, 12, 4), new TimeOnly(11, 0), DayBefore));

        Assert.Equal("Appointment.CannotReschedule", refused.Key);
    }

    [Fact]
    public void MoveTo_OnceTheSlotHasStarted_Throws()
    {
        var appointment = new AppointmentBuilder().Build();

        var refused = Assert.Throws<DomainException>(() => appointment.MoveTo(new DateOnly(2026, 12, 4), new TimeOnly(11, 0), appointment.SlotStartsAt));

        Assert.Equal("Appointment.SlotStartedNoMove", refused.Key);
    }

    [Fact]
    public void MoveTo_TheSameSlot_Throws()
    {
        var appointment = new AppointmentBuilder().Build();

        var refused = Assert.Throws<DomainException>(() => appointment.MoveTo(appointment.Date, appointment.SlotStart, DayBefore));

        Assert.Equal("Appointment.SameSlot", refused.Key);
    }
}
