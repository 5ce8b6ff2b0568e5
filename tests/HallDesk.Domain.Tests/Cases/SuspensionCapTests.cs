using HallDesk.Domain.Cases;
using static HallDesk.Domain.Tests.Cases.CaseDays;

namespace HallDesk.Domain.Tests.Cases;

/// <summary>特别程序 with a cap: the clock stands still at most the item's days, unless the hall manager approves more.</summary>
public class SuspensionCapTests
{
    private static readonly DateTime Later = Morning(Monday.AddDays(1));

    private static Case AcceptedWithCap(int cap, params CaseItem[] more) =>
        new CaseBuilder().WithItems([CaseItems.Food(promisedDays: 5) with { SpecialProcedureDays = cap }, .. more]).Accepted().Build();

    [Fact]
    public void Task_TakesTheStrictestCapOfItsItems_AndSixtyWorkingDaysByDefault()
    {
        Assert.Equal(5, AcceptedWithCap(5, CaseItems.Signboard()).TaskOf(CaseItems.Market).SuspensionCapDays);
        Assert.Equal(60, new CaseBuilder().Accepted().Build().TaskOf(CaseItems.Market).SuspensionCapDays);
    }

    [Fact]
    public void ResumeClock_AfterLongerThanTheCap_MovesTheDeadlineByTheCapOnly()
    {
        // Accepted Mon 03-02, 5 days → 03-09; suspended Mon 03-02 for 10 working days (to 03-16), cap 5.
        var @case = AcceptedWithCap(5);
        @case.Suspend(CaseItems.Market, SuspensionKind.Testing, "委托第三方检测", Staff.Reviewer, Monday, Later);

        @case.ResumeClock(CaseItems.Market, Schedule, Staff.Reviewer, Day(3, 16), Morning(Day(3, 16)));

        var task = @case.TaskOf(CaseItems.Market);
        Assert.Equal((5, 5, 0), (task.SuspendedDays, task.SuspensionDaysUsed, task.SuspensionDaysLeft));
        // 03-09 + 5: 10, 11, 12, 13, 16.
        Assert.Equal(Day(3, 16), task.Deadline(Schedule));
        Assert.Null(task.SuspendKind);
    }

    [Fact]
    public void Light_SuspendedPastTheCap_IsNoLongerGrey_TheDaysBeyondCount()
    {
        var @case = AcceptedWithCap(5);
        @case.Suspend(CaseItems.Market, SuspensionKind.Hearing, "举行听证", Staff.Reviewer, Monday, Later);
        var task = @case.TaskOf(CaseItems.Market);

        Assert.Equal(DeadlineLight.Suspended, task.Light(Schedule, Day(3, 9)));
        Assert.Equal(0, task.SuspensionOverrun(Schedule, Day(3, 9)));

        // Three working days past the cap (10, 11, 12): 5 left as of Monday, less 3 → yellow.
        Assert.Equal(3, task.SuspensionOverrun(Schedule, Day(3, 12)));
        Assert.Equal(2, task.WorkingDaysLeft(Schedule, Day(3, 12)));
        Assert.Equal(DeadlineLight.Yellow, task.Light(Schedule, Day(3, 12)));
    }

    [Fact]
    public void Suspend_WithTheCapUsedUp_IsRefused_UntilTheManagerApprovesMore()
    {
        var @case = AcceptedWithCap(2);
        @case.Suspend(CaseItems.Market, SuspensionKind.Inspection, "检验", Staff.Reviewer, Monday, Later);
        @case.ResumeClock(CaseItems.Market, Schedule, Staff.Reviewer, Day(3, 4), Later);

        var ex = Assert.Throws<DomainException>(() => @case.Suspend(CaseItems.Market, SuspensionKind.Appraisal, "鉴定", Staff.Reviewer, Day(3, 4), Later));
        Assert.Equal("Review.SuspensionCapReached", ex.Key);

        @case.ExtendSuspension(CaseItems.Market, 3, "鉴定机构排期", "周明", Later);
        @case.Suspend(CaseItems.Market, SuspensionKind.Appraisal, "鉴定", Staff.Reviewer, Day(3, 4), Later);

        var task = @case.TaskOf(CaseItems.Market);
        Assert.Equal((3, 3), (task.SuspensionExtraDays, task.SuspensionDaysLeft));
        Assert.Contains(@case.Events, e => e.Action == "特别程序延期批准" && e.Actor == "周明" && e.Detail.Contains("延长 3 个工作日", StringComparison.Ordinal));
    }

    [Fact]
    public void Suspend_WithoutAKind_IsRefused()
    {
        var @case = AcceptedWithCap(60);

        var ex = Assert.Throws<DomainException>(() => @case.Suspend(CaseItems.Market, default, "需现场核查", Staff.Reviewer, Monday, Later));

        Assert.Equal("Review.PauseKindRequired", ex.Key);
        Assert.False(@case.TaskOf(CaseItems.Market).IsSuspended);
    }

    [Fact]
    public void ExtendSuspension_WithoutReason_IsRefused()
    {
        var @case = AcceptedWithCap(5);

        Assert.Equal("Review.ExtensionReasonRequired",
            Assert.Throws<DomainException>(() => @case.ExtendSuspension(CaseItems.Market, 3, " ", "周明", Later)).Key);
        Assert.Equal(0, @case.TaskOf(CaseItems.Market).SuspensionExtraDays);
    }
}
