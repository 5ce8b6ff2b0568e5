using HallDesk.Domain.Simulation;

namespace HallDesk.Domain.Tests.Simulation;

public class ArrivalPlanTests
{
    [Fact]
    public void DemoDay_SameSeed_SameArrivals()
    {
        var first = ArrivalPlan.DemoDay(42);
        var second = ArrivalPlan.DemoDay(42);

        Assert.Equal(first.Arrivals, second.Arrivals);
    }

    [Fact]
    public void DemoDay_OtherSeed_OtherArrivals()
    {
        Assert.NotEqual(ArrivalPlan.DemoDay(42).Arrivals, ArrivalPlan.DemoDay(43).Arrivals);
    }

    [Fact]
    public void DemoDay_ArrivalsFallInOpeningHoursWithAMorningPeak()
    {
        var plan = ArrivalPlan.DemoDay(42);

        Assert.Equal(DemoHall.DailyArrivals, plan.Arrivals.Count);
        Assert.All(plan.Arrivals, a => Assert.InRange(a.ArrivalSecond, ArrivalPlan.OpeningSecond, ArrivalPlan.ClosingSecond - 1));
        var morningPeak = plan.Arrivals.Count(a => a.ArrivalSecond < 11 * 3600);
        var lunch = plan.Arrivals.Count(a => a.ArrivalSecond is >= 12 * 3600 and < 13 * 3600);
        Assert.True(morningPeak > 4 * lunch, $"peak {morningPeak}, lunch {lunch}");
    }

    [Fact]
    public void DemoDay_HasSomeGreenAndAppointmentsWithSlotsAfterArrival()
    {
        var plan = ArrivalPlan.DemoDay(42);

        Assert.InRange(plan.GreenCount, 5, 45);
        Assert.InRange(plan.AppointmentCount, 20, 70);
        Assert.All(plan.Arrivals.Where(a => a.HasAppointment), a =>
        {
            Assert.False(a.GreenChannel);
            Assert.InRange(a.AppointmentSecond!.Value - a.ArrivalSecond, 0, 15 * 60);
        });
    }

    [Fact]
    public void DemoDay_ServiceTimesSpreadAroundEachLinesDefault()
    {
        var plan = ArrivalPlan.DemoDay(42);

        foreach (var line in DemoHall.Lines)
        {
            var services = plan.Arrivals.Where(a => a.LineCode == line.Code).Select(a => a.ServiceSeconds / 60.0).ToList();
            Assert.NotEmpty(services);
            Assert.All(services, s => Assert.InRange(s, 0.4 * line.DefaultMinutes - 0.5, 1.6 * line.DefaultMinutes));
            Assert.InRange(services.Average(), 0.85 * line.DefaultMinutes, 1.15 * line.DefaultMinutes);
        }
    }
}
