using HallDesk.Domain.Cases;
using static HallDesk.Domain.Tests.Cases.CaseDays;

namespace HallDesk.Domain.Tests.Cases;

public class DeadlinesTests
{
    [Theory]
    [InlineData(10, DeadlineLight.Green)]
    [InlineData(3, DeadlineLight.Green)]
    [InlineData(2, DeadlineLight.Yellow)]
    [InlineData(1, DeadlineLight.Yellow)]
    [InlineData(0, DeadlineLight.Yellow)] // the deadline is today
    [InlineData(-1, DeadlineLight.Red)]
    [InlineData(-30, DeadlineLight.Red)]
    public void Light_WorkingDaysLeft_GreenYellowOrRed(int workingDaysLeft, DeadlineLight expected)
    {
        Assert.Equal(expected, Deadlines.Light(workingDaysLeft));
    }

    [Fact]
    public void ReviewTaskLight_OpenTaskNearDeadline_IsYellow()
    {
        // Accepted Mon 03-02 with 5 days → Mon 03-09; on Thu 03-05: Fri 06 and Mon 09 left → 2.
        var task = Assert.Single(new CaseBuilder().WithItems(CaseItems.Food(promisedDays: 5)).AcceptedOn(Day(3, 2)).Build().Tasks);

        Assert.Equal(2, task.WorkingDaysLeft(Schedule, Day(3, 5)));
        Assert.Equal(DeadlineLight.Yellow, task.Light(Schedule, Day(3, 5)));
        Assert.Equal(DeadlineLight.Green, task.Light(Schedule, Day(3, 4)));
        Assert.Equal(DeadlineLight.Red, task.Light(Schedule, Day(3, 10)));
    }

    [Fact]
    public void ReviewTaskLight_Suspended_IsSuspendedEvenWhenOverdue()
    {
        var @case = new CaseBuilder().WithItems(CaseItems.Food(promisedDays: 5)).AcceptedOn(Day(3, 2)).Build();
        @case.Suspend(CaseItems.Market, SuspensionKind.Inspection, "需现场核查", Staff.Reviewer, Day(3, 3), Morning(Day(3, 3)));

        Assert.Equal(DeadlineLight.Suspended, @case.TaskOf(CaseItems.Market).Light(Schedule, Day(3, 20)));
    }

    [Fact]
    public void ReviewTaskLight_Decided_IsNoneEvenWhenOverdue()
    {
        var @case = new CaseBuilder().WithItems(CaseItems.Food(promisedDays: 5)).Concluded().Build();

        Assert.Equal(DeadlineLight.None, @case.TaskOf(CaseItems.Market).Light(Schedule, Day(3, 20)));
    }
}
