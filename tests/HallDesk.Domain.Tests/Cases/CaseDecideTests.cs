using HallDesk.Domain.Cases;
using static HallDesk.Domain.Tests.Cases.CaseDays;

namespace HallDesk.Domain.Tests.Cases;

/// <summary>并联审批: each department decides its task; the case concludes when all have.</summary>
public class CaseDecideTests
{
    private static readonly DateTime Later = Morning(Monday.AddDays(1));

    private static Case ThreeDepartments() =>
        new CaseBuilder().WithItems(CaseItems.Food(), CaseItems.Hygiene(), CaseItems.FireCheck()).Accepted().Build();

    [Fact]
    public void Decide_EveryTaskApproved_ConcludesApproved()
    {
        var @case = ThreeDepartments();

        @case.Decide(CaseItems.Market, true, "符合条件", Staff.Reviewer, Later);
        @case.Decide(CaseItems.Health, true, "符合条件", Staff.Reviewer, Later);
        @case.Decide(CaseItems.Fire, true, "符合条件", Staff.Reviewer, Later);

        Assert.Equal(CaseStatus.Concluded, @case.Status);
        Assert.Equal(CaseOutcome.Approved, @case.Outcome);
        Assert.Equal(Later, @case.ConcludedAt);
        Assert.Equal("准予", @case.Events[^1].Detail);
    }

    [Fact]
    public void Decide_SomeTasksStillOpen_StaysUnderReview()
    {
        var @case = ThreeDepartments();

        @case.Decide(CaseItems.Market, true, "符合条件", Staff.Reviewer, Later);
        @case.Decide(CaseItems.Health, false, "卫生条件不达标", Staff.Reviewer, Later);

        Assert.Equal(CaseStatus.UnderReview, @case.Status);
        Assert.Equal(CaseOutcome.None, @case.Outcome);
        Assert.Null(@case.ConcludedAt);
    }

    [Fact]
    public void Decide_EveryTaskDenied_ConcludesDenied()
    {
        var @case = ThreeDepartments();

        foreach (var department in new[] { CaseItems.Market, CaseItems.Health, CaseItems.Fire })
        {
            @case.Decide(department, false, "不符合条件", Staff.Reviewer, Later);
        }

        Assert.Equal(CaseStatus.Concluded, @case.Status);
        Assert.Equal(CaseOutcome.Denied, @case.Outcome);
    }

    [Fact]
    public void Decide_SomeApprovedSomeDenied_ConcludesPartlyApproved()
    {
        var @case = ThreeDepartments();

        @case.Decide(CaseItems.Market, true, "符合条件", Staff.Reviewer, Later);
        @case.Decide(CaseItems.Health, false, "卫生条件不达标", Staff.Reviewer, Later);
        @case.Decide(CaseItems.Fire, true, "符合条件", Staff.Reviewer, Later);

        Assert.Equal(CaseStatus.Concluded, @case.Status);
        Assert.Equal(CaseOutcome.PartlyApproved, @case.Outcome);
    }

    [Fact]
    public void Decide_RecordsReviewerOpinionAndDecision()
    {
        var @case = ThreeDepartments();

        @case.Decide(CaseItems.Health, false, "  卫生条件不达标 ", Staff.Reviewer, Later);

        var task = @case.TaskOf(CaseItems.Health);
        Assert.Equal(ReviewStatus.Denied, task.Status);
        Assert.Equal("卫生条件不达标", task.Opinion);
        Assert.Equal(Staff.Reviewer, task.DecidedBy);
        Assert.Equal(Later, task.DecidedAt);
        var decided = @case.Events[^1];
        Assert.Equal("不予许可", decided.Action);
        Assert.Equal("卫生健康委：卫生条件不达标", decided.Detail);
    }

    [Fact]
    public void Decide_SameTaskTwice_ThrowsAndKeepsFirstDecision()
    {
        var @case = ThreeDepartments();
        @case.Decide(CaseItems.Market, true, "符合条件", Staff.Reviewer, Later);

        Assert.Throws<DomainException>(() => @case.Decide(CaseItems.Market, false, "改判", Staff.Reviewer, Later));

        Assert.Equal(ReviewStatus.Approved, @case.TaskOf(CaseItems.Market).Status);
        Assert.Equal("符合条件", @case.TaskOf(CaseItems.Market).Opinion);
    }

    [Fact]
    public void Decide_InstantTaskConcludedAtAcceptance_Throws()
    {
        var @case = new CaseBuilder().WithItems(CaseItems.Registration(), CaseItems.Hygiene()).Accepted().Build();

        Assert.Throws<DomainException>(() => @case.Decide(CaseItems.Market, false, "不符合条件", Staff.Reviewer, Later));
        Assert.Equal(ReviewStatus.Approved, @case.TaskOf(CaseItems.Market).Status);
    }

    [Fact]
    public void Decide_ConcludedCase_Throws()
    {
        var @case = new CaseBuilder().Concluded().Build();

        Assert.Throws<DomainException>(() => @case.Decide(CaseItems.Market, false, "改判", Staff.Reviewer, Later));
        Assert.Equal(CaseOutcome.Approved, @case.Outcome);
    }

    [Theory]
    [InlineData(true, "")]
    [InlineData(false, "  ")]
    public void Decide_BlankOpinion_Throws(bool approve, string opinion)
    {
        var @case = ThreeDepartments();

        Assert.Throws<DomainException>(() => @case.Decide(CaseItems.Market, approve, opinion, Staff.Reviewer, Later));
        Assert.Equal(ReviewStatus.Pending, @case.TaskOf(CaseItems.Market).Status);
    }

    [Fact]
    public void Decide_DepartmentWithoutTask_Throws()
    {
        var @case = new CaseBuilder().Accepted().Build();

        Assert.Throws<DomainException>(() => @case.Decide(CaseItems.Health, true, "符合条件", Staff.Reviewer, Later));
    }

    [Fact]
    public void Decide_BeforeAcceptance_Throws()
    {
        var @case = new CaseBuilder().Build();

        Assert.Throws<DomainException>(() => @case.Decide(CaseItems.Market, true, "符合条件", Staff.Reviewer, Later));
    }
}
