using HallDesk.Domain.Cases;
using static HallDesk.Domain.Tests.Cases.CaseDays;

namespace HallDesk.Domain.Tests.Cases;

/// <summary>Rules tightened after review: mailed cases, returned tasks' lights, resuming the clock, overdue on a day off.</summary>
public class CaseFixesTests
{
    [Fact]
    public void DeliverAtWindow_AfterSendingByMail_IsRefusedAndKeepsTheShipment()
    {
        var @case = new CaseBuilder().Concluded().Build();
        @case.SendByMail("东关街 18 号", "EMS", "1180000000001", Staff.Clerk, Morning(Day(3, 4)));

        Assert.Throws<DomainException>(() => @case.DeliverAtWindow(Staff.Clerk, "H01", Morning(Day(3, 4))));

        Assert.Equal(DeliveryMethod.Mail, @case.DeliveryMethod);
        Assert.Equal(CaseStatus.Concluded, @case.Status);
    }

    [Fact]
    public void ReturnedTask_ShowsAwaitingCorrection_NotRed()
    {
        var @case = new CaseBuilder().WithItems(CaseItems.Food(promisedDays: 3)).AcceptedOn(Day(4, 1)).Build();
        @case.ReturnForCorrection(CaseItems.Market, "房屋产权证明", Staff.Reviewer, Day(4, 2), Morning(Day(4, 2)));

        // Long past the original deadline, the applicant still has the case: no red light on the department.
        Assert.Equal(DeadlineLight.AwaitingCorrection, @case.TaskOf(CaseItems.Market).Light(Schedule, Day(5, 20)));
    }

    [Fact]
    public void ResumeClock_OfAnotherDepartmentWhileOneWaitsForCorrection_GoesOn()
    {
        // Each department's clock is its own: another department's 补正 no longer freezes this one's 特别程序.
        var @case = new CaseBuilder().WithItems(CaseItems.Food(), CaseItems.Hygiene()).AcceptedOn(Day(4, 1)).Build();
        @case.Suspend(CaseItems.Health, SuspensionKind.Inspection, "现场检测", Staff.Reviewer, Day(4, 2), Morning(Day(4, 2)));
        @case.ReturnForCorrection(CaseItems.Market, "房屋产权证明", Staff.Reviewer, Day(4, 2), Morning(Day(4, 2)));

        @case.ResumeClock(CaseItems.Health, Schedule, Staff.Reviewer, Day(4, 8), Morning(Day(4, 8)));

        // Apr 3 (1), 4–6 清明, Apr 7 (2), Apr 8 (3).
        Assert.Equal((false, 3), (@case.TaskOf(CaseItems.Health).IsSuspended, @case.TaskOf(CaseItems.Health).SuspendedDays));
        Assert.Equal(CaseStatus.AwaitingCorrection, @case.Status);
    }

    [Fact]
    public void PausedDays_AreCountedOnceForATaskThatWasAlsoSuspended()
    {
        var @case = new CaseBuilder().WithItems(CaseItems.Food(), CaseItems.Hygiene()).AcceptedOn(Day(4, 1)).Build();
        @case.Suspend(CaseItems.Health, SuspensionKind.Inspection, "现场检测", Staff.Reviewer, Day(4, 2), Morning(Day(4, 2)));
        @case.ReturnForCorrection(CaseItems.Market, "房屋产权证明", Staff.Reviewer, Day(4, 2), Morning(Day(4, 2)));
        var correction = @case.MissingMaterials.Single().Key;

        // Apr 3 (Fri) and Apr 7 (Tue) are working days (Apr 4–6 清明); Apr 2 → Apr 7 is 2 working days.
        @case.ProvideMaterials([correction], Schedule, Day(4, 7), Staff.Clerk, Morning(Day(4, 7)));
        @case.ResumeClock(CaseItems.Health, Schedule, Staff.Reviewer, Day(4, 7), Morning(Day(4, 7)));

        Assert.Equal(2, @case.TaskOf(CaseItems.Market).SuspendedDays);
        Assert.Equal(2, @case.TaskOf(CaseItems.Health).SuspendedDays);
    }
}
