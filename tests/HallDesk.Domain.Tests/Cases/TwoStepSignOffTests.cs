using HallDesk.Domain.Cases;
using static HallDesk.Domain.Tests.Cases.CaseDays;

namespace HallDesk.Domain.Tests.Cases;

/// <summary>审核 then 审批: two people of the department, the second with the 审批 permission; never the same person twice.</summary>
public class TwoStepSignOffTests
{
    private static readonly DateTime Later = Morning(Monday.AddDays(1));
    private static readonly ReviewSigner Checker = new("李强", "reviewer-scjg", CanApprove: false);
    private static readonly ReviewSigner Approver = new("赵敏", "approver-scjg", CanApprove: true);

    private static Case Accepted() => new CaseBuilder().WithItems(CaseItems.Food() with { TwoStepSignOff = true }).Accepted().Build();

    [Fact]
    public void CheckThenApprove_ByTwoPeople_ConcludesAndNamesBoth()
    {
        var @case = Accepted();

        @case.Check(CaseItems.Market, true, "材料齐全，建议准予", Checker, Later);
        @case.Decide(CaseItems.Market, true, "同意，准予许可", Approver.Name, Later, signer: Approver);

        var task = @case.TaskOf(CaseItems.Market);
        Assert.Equal(("李强", "赵敏"), (task.CheckedBy, task.DecidedBy));
        Assert.Equal(CaseStatus.Concluded, @case.Status);
        Assert.Contains(@case.Events, e => e.Action == "审核" && e.Actor == "李强");
    }

    [Fact]
    public void Approve_BySameAccountThatChecked_IsRefused_EvenWithThePermission()
    {
        var @case = Accepted();
        @case.Check(CaseItems.Market, true, "建议准予", Approver, Later);

        var ex = Assert.Throws<DomainException>(() => @case.Decide(CaseItems.Market, true, "准予", Approver.Name, Later, signer: Approver));

        Assert.Equal("Review.SameSignerTwice", ex.Key);
        Assert.Equal(ReviewStatus.Pending, @case.TaskOf(CaseItems.Market).Status);
    }

    [Fact]
    public void Decide_WithoutCheck_OrWithoutThePermission_IsRefused()
    {
        var @case = Accepted();

        Assert.Equal("Review.CheckFirst", Assert.Throws<DomainException>(() => @case.Decide(CaseItems.Market, true, "准予", Approver.Name, Later, signer: Approver)).Key);
        @case.Check(CaseItems.Market, false, "场所不符合要求", Checker, Later);
        var colleague = new ReviewSigner("王五", "reviewer-scjg-2", CanApprove: false);
        Assert.Equal("Review.ApproverOnly", Assert.Throws<DomainException>(() => @case.Decide(CaseItems.Market, false, "不予许可", colleague.Name, Later, signer: colleague)).Key);
        Assert.Equal("Review.ApproverOnly", Assert.Throws<DomainException>(() => @case.Decide(CaseItems.Market, false, "不予许可", "李强", Later)).Key);
    }

    [Fact]
    public void Check_OnAnItemWithoutSignOff_IsRefused_AndTheOneStepDecisionStillWorks()
    {
        var @case = new CaseBuilder().Accepted().Build();

        Assert.Equal("Review.NoSignOffNeeded", Assert.Throws<DomainException>(() => @case.Check(CaseItems.Market, true, "建议准予", Checker, Later)).Key);
        @case.Decide(CaseItems.Market, true, "准予", Checker.Name, Later);
        Assert.Equal(CaseStatus.Concluded, @case.Status);
    }
}
