using HallDesk.Domain.Cases;
using static HallDesk.Domain.Tests.Cases.CaseDays;

namespace HallDesk.Domain.Tests.Cases;

/// <summary>暂停计时 (特别程序): the clock stops and the deadline moves by the working days it stood still.</summary>
public class CaseSuspendTests
{
    private static readonly DateTime Later = Morning(Monday.AddDays(1));

    [Fact]
    public void ResumeClock_AfterWorkingDaysSuspended_MovesDeadlineBySameWorkingDays()
    {
        // Accepted Mon 09-21 with 5 days: 22 (1), 23 (2), 24 (3), 25–27 中秋 off, 28 (4), 29 (5) → 09-29.
        var @case = new CaseBuilder().WithItems(CaseItems.Food(promisedDays: 5)).AcceptedOn(Day(9, 21)).Build();
        var task = @case.TaskOf(CaseItems.Market);
        Assert.Equal(Day(9, 29), task.Deadline(Schedule));

        // Suspended Thu 09-24, resumed Tue 09-29: 25–27 off, 28 (1), 29 (2) → 2 working days.
        @case.Suspend(CaseItems.Market, SuspensionKind.Inspection, "需现场核查", Staff.Reviewer, Day(9, 24), Morning(Day(9, 24)));
        @case.ResumeClock(CaseItems.Market, Schedule, Staff.Reviewer, Day(9, 29), Morning(Day(9, 29)));

        // Deadline 09-29 + 2: Sep 30 (1), Oct 1–7 国庆 off, Oct 8 (2).
        Assert.Equal(2, task.SuspendedDays);
        Assert.Equal(Day(10, 8), task.Deadline(Schedule));
        Assert.False(task.IsSuspended);
        Assert.Null(task.SuspendReason);
        Assert.Equal(Day(9, 29), task.PromisedDate);
    }

    [Fact]
    public void ResumeClock_TwoSuspensions_AddUp()
    {
        var @case = new CaseBuilder().WithItems(CaseItems.Food(promisedDays: 5)).AcceptedOn(Day(3, 2)).Build();

        // Mon 03-02 → Wed 03-04: 2 days; Thu 03-05 → Mon 03-09: Fri 06 and Mon 09, 2 days.
        @case.Suspend(CaseItems.Market, SuspensionKind.Inspection, "听证", Staff.Reviewer, Day(3, 2), Morning(Day(3, 2)));
        @case.ResumeClock(CaseItems.Market, Schedule, Staff.Reviewer, Day(3, 4), Morning(Day(3, 4)));
        @case.Suspend(CaseItems.Market, SuspensionKind.Inspection, "专家评审", Staff.Reviewer, Day(3, 5), Morning(Day(3, 5)));
        @case.ResumeClock(CaseItems.Market, Schedule, Staff.Reviewer, Day(3, 9), Morning(Day(3, 9)));

        Assert.Equal(4, @case.TaskOf(CaseItems.Market).SuspendedDays);
    }

    [Fact]
    public void Suspend_RecordsReasonAndEvents()
    {
        var @case = new CaseBuilder().Accepted().Build();

        @case.Suspend(CaseItems.Market, SuspensionKind.Inspection, " 需现场核查 ", Staff.Reviewer, Monday, Later);

        var task = @case.TaskOf(CaseItems.Market);
        Assert.True(task.IsSuspended);
        Assert.Equal(Monday, task.SuspendedSince);
        Assert.Equal("需现场核查", task.SuspendReason);
        Assert.Equal("暂停计时（特别程序）", @case.Events[^1].Action);

        @case.ResumeClock(CaseItems.Market, Schedule, Staff.Reviewer, Monday, Later);

        Assert.Equal("恢复计时", @case.Events[^1].Action);
    }

    [Fact]
    public void Decide_SuspendedTask_Throws()
    {
        var @case = new CaseBuilder().Accepted().Build();
        @case.Suspend(CaseItems.Market, SuspensionKind.Inspection, "需现场核查", Staff.Reviewer, Monday, Later);

        Assert.Throws<DomainException>(() => @case.Decide(CaseItems.Market, true, "符合条件", Staff.Reviewer, Later));
        Assert.Equal(ReviewStatus.Pending, @case.TaskOf(CaseItems.Market).Status);
    }

    [Fact]
    public void Suspend_BlankReason_Throws()
    {
        var @case = new CaseBuilder().Accepted().Build();

        Assert.Throws<DomainException>(() => @case.Suspend(CaseItems.Market, SuspensionKind.Inspection, " ", Staff.Reviewer, Monday, Later));
        Assert.False(@case.TaskOf(CaseItems.Market).IsSuspended);
    }

    [Fact]
    public void Suspend_AlreadySuspended_ThrowsAndKeepsFirstStart()
    {
        var @case = new CaseBuilder().Accepted().Build();
        @case.Suspend(CaseItems.Market, SuspensionKind.Inspection, "需现场核查", Staff.Reviewer, Monday, Later);

        Assert.Throws<DomainException>(() => @case.Suspend(CaseItems.Market, SuspensionKind.Inspection, "再次暂停", Staff.Reviewer, Monday.AddDays(1), Later));
        Assert.Equal(Monday, @case.TaskOf(CaseItems.Market).SuspendedSince);
    }

    [Fact]
    public void Suspend_DecidedTask_Throws()
    {
        var @case = new CaseBuilder().WithItems(CaseItems.Food(), CaseItems.Hygiene()).Accepted().Build();
        @case.Decide(CaseItems.Market, true, "符合条件", Staff.Reviewer, Later);

        Assert.Throws<DomainException>(() => @case.Suspend(CaseItems.Market, SuspensionKind.Inspection, "需现场核查", Staff.Reviewer, Monday, Later));
    }

    [Fact]
    public void ResumeClock_NotSuspended_Throws()
    {
        var @case = new CaseBuilder().Accepted().Build();

        Assert.Throws<DomainException>(() => @case.ResumeClock(CaseItems.Market, Schedule, Staff.Reviewer, Monday, Later));
    }
}
