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
        Assert.Contains("已取消", ex.Message);
    }

    [Fact]
    public void Cancel_AfterSlotStarted_Throws() =>
        Assert.Throws<DomainException>(() => new AppointmentBuilder().Build().Cancel(new DateTime(2026, 12, 3, 9, 0, 0)));

    [Fact]
    public void MarkNoShow_BeforeSlot_ThrowsAndAfterSlot_Records()
    {
        var appointment = new AppointmentBuilder().Build();

        Assert.Throws<DomainException>(() => appointment.MarkNoShow(new DateTime(2026, 12, 3, 8, 59, 0)));
        appointment.MarkNoShow(new DateTime(2026, 12, 3, 9, 30, 0));

        Assert.Equal(AppointmentStatus.NoShow, appointment.Status);
    }

    [Fact]
    public void CheckIn_OnTheDay_ChecksInAndOnAnotherDay_Throws()
    {
        var appointment = new AppointmentBuilder().Build();

        Assert.Throws<DomainException>(() => appointment.CheckIn(DayBefore));
        appointment.CheckIn(new DateTime(2026, 12, 3, 8, 45, 0));

        Assert.Equal(AppointmentStatus.CheckedIn, appointment.Status);
        Assert.True(appointment.HoldsPlace);
    }
}
