using HallDesk.Domain.Cases;
using static HallDesk.Domain.Tests.Cases.CaseDays;

namespace HallDesk.Domain.Tests.Cases;

/// <summary>容缺受理: non-key materials owed on a written promise; no approval until they are received at the window.</summary>
public class CaseDeferredMaterialsTests
{
    private static readonly DateOnly Due = Monday.AddDays(7);

    private static CaseBuilder WithRulesOwed() => new CaseBuilder().WithMaterials(
        CaseMaterials.Submitted("application"),
        new CaseMaterial("hygiene-rules", "卫生管理制度", "原件", 1, true, MaterialState.Missing, null, Deferrable: true));

    [Fact]
    public void Accept_DeferrableMaterialOwed_AcceptsAndRecordsThePromise()
    {
        var @case = WithRulesOwed().Build();

        @case.Accept(Schedule, Monday, Staff.Clerk, Morning(Monday), ["hygiene-rules"], Due);

        Assert.Equal(CaseStatus.UnderReview, @case.Status);
        var owed = Assert.Single(@case.OwedMaterials);
        Assert.Equal((MaterialState.Owed, (DateOnly?)Due), (owed.State, owed.OwedBy));
        Assert.Equal(Due, @case.OwedBy);
        Assert.Empty(@case.MissingMaterials);
        Assert.Equal(("容缺受理", "申请人书面承诺于 2026-03-09 前补齐：卫生管理制度"), (@case.Events[^1].Action, @case.Events[^1].Detail));
    }

    [Fact]
    public void Accept_KeyMaterialOwed_IsNeverWaived()
    {
        var @case = new CaseBuilder().WithMaterials(CaseMaterials.Missing("application", "申请书")).Build();

        var error = Assert.Throws<DomainException>(() => @case.Accept(Schedule, Monday, Staff.Clerk, Morning(Monday), ["application"], Due));

        Assert.Equal("Case.KeyMaterialNotDeferrable", error.Key);
        Assert.Equal("申请书", error.Args[0]);
        Assert.Equal(CaseStatus.Received, @case.Status);
        Assert.Equal(MaterialState.Missing, @case.Materials[0].State);
        Assert.Null(@case.OwedBy);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Accept_OwedWithoutADayAfterToday_Throws(int days)
    {
        var @case = WithRulesOwed().Build();

        var error = Assert.Throws<DomainException>(() => @case.Accept(Schedule, Monday, Staff.Clerk, Morning(Monday), ["hygiene-rules"], Monday.AddDays(days)));

        Assert.Equal("Case.OwedByRequired", error.Key);
        Assert.Equal(CaseStatus.Received, @case.Status);
    }

    [Fact]
    public void Accept_OwedOnACaseThatConcludesAtOnce_Throws()
    {
        var @case = WithRulesOwed().WithItems(CaseItems.Registration()).Build();

        Assert.Equal("Case.OwedOnInstantCase",
            Assert.Throws<DomainException>(() => @case.Accept(Schedule, Monday, Staff.Clerk, Morning(Monday), ["hygiene-rules"], Due)).Key);
    }

    [Fact]
    public void Decide_ApproveWhileOwed_Throws_DenyDoesNot()
    {
        var @case = WithRulesOwed().Build();
        @case.Accept(Schedule, Monday, Staff.Clerk, Morning(Monday), ["hygiene-rules"], Due);

        var error = Assert.Throws<DomainException>(() => @case.Decide(CaseItems.Market, true, "符合条件", Staff.Reviewer, Morning(Monday.AddDays(1))));

        Assert.Equal("Case.OwedMaterialsOutstanding", error.Key);
        Assert.False(@case.Tasks.Single().Decided);
        @case.Decide(CaseItems.Market, false, "经营场所不符合要求", Staff.Reviewer, Morning(Monday.AddDays(1)));
        Assert.Equal((CaseStatus.Concluded, (DateOnly?)null), (@case.Status, @case.OwedBy));
    }

    [Fact]
    public void ReceiveOwedMaterials_ThenApprove_Concludes()
    {
        var @case = WithRulesOwed().Build();
        @case.Accept(Schedule, Monday, Staff.Clerk, Morning(Monday), ["hygiene-rules"], Due);

        @case.ReceiveOwedMaterials(["hygiene-rules"], Staff.Clerk, Morning(Monday.AddDays(2)));
        @case.Decide(CaseItems.Market, true, "符合条件", Staff.Reviewer, Morning(Monday.AddDays(3)));

        Assert.Equal((CaseStatus.Concluded, CaseOutcome.Approved), (@case.Status, @case.Outcome));
        Assert.Contains(@case.Events, e => e is { Action: "容缺材料补齐", Detail: "卫生管理制度" });
        Assert.Null(@case.OwedBy);
        Assert.Empty(@case.OwedMaterials);
    }

    [Fact]
    public void ReceiveOwedMaterials_NothingOwedAmongThem_Throws()
    {
        var @case = WithRulesOwed().Build();
        @case.Accept(Schedule, Monday, Staff.Clerk, Morning(Monday), ["hygiene-rules"], Due);

        Assert.Equal("Case.NothingOwedBrought",
            Assert.Throws<DomainException>(() => @case.ReceiveOwedMaterials(["application"], Staff.Clerk, Morning(Monday))).Key);
        Assert.Equal(Due, @case.OwedBy);
    }

    [Fact]
    public void OwedOverdue_OnlyAfterTheDueDay()
    {
        var @case = WithRulesOwed().Build();
        @case.Accept(Schedule, Monday, Staff.Clerk, Morning(Monday), ["hygiene-rules"], Due);

        Assert.False(@case.OwedOverdue(Due));
        Assert.True(@case.OwedOverdue(Due.AddDays(1)));
    }
}
