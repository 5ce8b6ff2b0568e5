using HallDesk.Domain.Cases;
using static HallDesk.Domain.Tests.Cases.CaseDays;

namespace HallDesk.Domain.Tests.Cases;

/// <summary>办理过程: every move leaves one event, in order, with who and when.</summary>
public class CaseHistoryTests
{
    [Fact]
    public void Events_WholeJourney_OneEventPerStepInOrder()
    {
        var @case = new CaseBuilder()
            .WithItems(CaseItems.Food(), CaseItems.Hygiene())
            .WithMaterials(CaseMaterials.Missing("lease", "租赁合同"))
            .Build();
        var at = Morning(Monday);

        @case.RequestCorrection(Staff.Clerk, at);
        @case.ProvideMaterials(["lease"], Schedule, Monday, Staff.Clerk, at);
        @case.Accept(Schedule, Monday, Staff.Clerk, at);
        @case.Suspend(CaseItems.Health, SuspensionKind.Inspection, "需现场核查", Staff.Reviewer, Monday, at);
        @case.ResumeClock(CaseItems.Health, Schedule, Staff.Reviewer, Monday, at);
        @case.ReturnForCorrection(CaseItems.Market, "房屋产权证明", Staff.Reviewer, Monday, at);
        @case.ProvideMaterials([@case.MissingMaterials[0].Key], Schedule, Monday, Staff.Clerk, at);
        @case.Decide(CaseItems.Market, true, "符合条件", Staff.Reviewer, at);
        @case.Decide(CaseItems.Health, false, "卫生条件不达标", Staff.Reviewer, at);
        @case.SendByMail("福州市鼓楼区五四路 1 号", "EMS", "1234567890123", Staff.Clerk, at);
        @case.ConfirmMailDelivered(Staff.Clerk, at);

        Assert.Equal(
        [
            "补正告知", "补正材料提交", "受理", "暂停计时（特别程序）", "恢复计时", "退回补正", "补正材料提交", "恢复审查",
            "审查通过", "不予许可", "办结", "免费邮寄寄出", "邮寄签收送达",
        ], @case.Events.Select(e => e.Action));
        Assert.Equal("部分准予", @case.Events.Single(e => e.Action == "办结").Detail);
        Assert.Equal("系统", @case.Events.Single(e => e.Action == "办结").Actor);
        Assert.Equal(@case.Events.Count, @case.Version);
    }

    [Fact]
    public void Events_FailedMove_AddsNothing()
    {
        var @case = new CaseBuilder().Accepted().Build();
        var before = @case.Events.Count;

        Assert.Throws<DomainException>(() => @case.Decide(CaseItems.Market, true, "", Staff.Reviewer, Morning(Monday)));

        Assert.Equal(before, @case.Events.Count);
        Assert.Equal(before, @case.Version);
    }
}
