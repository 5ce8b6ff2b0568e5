using HallDesk.Domain.Appointments;

namespace HallDesk.Domain.Tests.Appointments;

public class SlotPlanTests
{
    [Fact]
    public void ForDay_AroundTheClockHall_Uses0900To1700EveryHalfHour()
    {
        var slots = SlotPlan.ForDay(true, new TimeOnly(0, 0), new TimeOnly(0, 0), 30, 4);

        Assert.Equal(16, slots.Count);
        Assert.Equal(new TimeOnly(9, 0), slots[0].Start);
        Assert.Equal(new TimeOnly(16, 30), slots[^1].Start);
        Assert.All(slots, s => Assert.Equal(4, s.Capacity));
    }

    [Fact]
    public void ForDay_HallHours_LastSlotEndsByClosing()
    {
        var slots = SlotPlan.ForDay(false, new TimeOnly(8, 30), new TimeOnly(12, 15), 30, 2);

        Assert.Equal(new TimeOnly(8, 30), slots[0].Start);
        Assert.Equal(new TimeOnly(11, 30), slots[^1].Start);
        Assert.Equal(7, slots.Count);
    }

    [Theory]
    [InlineData(0, 4)]
    [InlineData(30, 0)]
    public void ForDay_BadLengthOrCapacity_Throws(int minutes, int capacity) =>
        Assert.Throws<DomainException>(() => SlotPlan.ForDay(true, default, default, minutes, capacity));
}
