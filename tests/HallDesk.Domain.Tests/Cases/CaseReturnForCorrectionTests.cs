using HallDesk.Domain.Cases;
using static HallDesk.Domain.Tests.Cases.CaseDays;

namespace HallDesk.Domain.Tests.Cases;

/// <summary>退回补正 during review: the case waits for the applicant; resubmission reopens the task with the pause added.</summary>
public class CaseReturnForCorrectionTests
{
    private static readonly DateTime Later = Morning(Monday.AddDays(1));

    [Fact]
    public void ReturnForCorrection_StopsReviewAndAddsTheMissingMaterial()
    {
        var @case = new CaseBuilder().WithItems(CaseItems.Food(promisedDays: 3)).AcceptedOn(Day(4, 1)).Build();

        @case.ReturnForCorrection(CaseItems.Market, " 房屋产权证明 ", Staff.Reviewer, Day(4, 2), Morning(Day(4, 2)));

        Assert.Equal(CaseStatus.AwaitingCorrection, @case.Status);
        Assert.Equal(ReviewStatus.Returned, @case.TaskOf(CaseItems.Market).Status);
        var missing = Assert.Single(@case.MissingMaterials);
        Assert.Equal("房屋产权证明", missing.Name);
        Assert.Equal("市场监管局", missing.Source);
        Assert.Equal(Day(4, 2), @case.CorrectionSince);
        Assert.Equal("市场监管局要求补正：房屋产权证明", @case.CorrectionNote);
        Assert.Equal("退回补正", @case.Events[^1].Action);
    }

    [Fact]
    public void ProvideMaterials_AfterReturnForCorrection_ReopensTaskAndAddsPausedWorkingDays()
    {
        // Accepted Wed 04-01 with 3 days: Apr 2 (1), 3 (2), 4–6 清明 off, 7 (3) → 04-07.
        var @case = new CaseBuilder().WithItems(CaseItems.Food(promisedDays: 3)).AcceptedOn(Day(4, 1)).Build();
        @case.ReturnForCorrection(CaseItems.Market, "房屋产权证明", Staff.Reviewer, Day(4, 2), Morning(Day(4, 2)));
        var key = Assert.Single(@case.MissingMaterials).Key;

        // Returned Thu 04-02, brought Wed 04-08: Apr 3 (1), 4–6 off, 7 (2), 8 (3) → 3 working days paused.
        @case.ProvideMaterials([key], Schedule, Day(4, 8), Staff.Clerk, Morning(Day(4, 8)));

        var task = @case.TaskOf(CaseItems.Market);
        Assert.Equal(CaseStatus.UnderReview, @case.Status);
        Assert.Equal(ReviewStatus.Pending, task.Status);
        Assert.Null(task.DecidedAt);
        Assert.Equal(3, task.SuspendedDays);
        // 04-07 + 3: Apr 8 (1), 9 (2), 10 (3).
        Assert.Equal(Day(4, 10), task.Deadline(Schedule));
        Assert.Null(@case.CorrectionSince);
        Assert.Null(@case.CorrectionNote);
        Assert.Equal(["补正材料提交", "恢复审查"], @case.Events.TakeLast(2).Select(e => e.Action));
        Assert.Contains("3 个工作日", @case.Events[^1].Detail);
    }

    [Fact]
    public void ProvideMaterials_AfterReturnInBundle_KeepsOtherDecisionsAndCaseCanConclude()
    {
        var @case = new CaseBuilder().WithItems(CaseItems.Food(), CaseItems.Hygiene()).Accepted().Build();
        @case.Decide(CaseItems.Health, true, "符合条件", Staff.Reviewer, Later);
        @case.ReturnForCorrection(CaseItems.Market, "房屋产权证明", Staff.Reviewer, Monday, Later);
        var key = Assert.Single(@case.MissingMaterials).Key;

        @case.ProvideMaterials([key], Schedule, Monday.AddDays(2), Staff.Clerk, Later);
        @case.Decide(CaseItems.Market, true, "符合条件", Staff.Reviewer, Later);

        Assert.Equal(ReviewStatus.Approved, @case.TaskOf(CaseItems.Health).Status);
        Assert.Equal(0, @case.TaskOf(CaseItems.Health).SuspendedDays);
        Assert.Equal(CaseStatus.Concluded, @case.Status);
        Assert.Equal(CaseOutcome.Approved, @case.Outcome);
    }

    [Fact]
    public void ProvideMaterials_DuringReviewWithoutTheReturnedMaterial_StaysAwaitingCorrection()
    {
        var @case = new CaseBuilder()
            .WithMaterials(CaseMaterials.Submitted("business-licence"), CaseMaterials.Missing("photo", "门头照片", required: false))
            .Accepted()
            .Build();
        @case.ReturnForCorrection(CaseItems.Market, "房屋产权证明", Staff.Reviewer, Monday, Later);

        // The applicant brings the optional photo only; the material the reviewer asked for is still missing.
        @case.ProvideMaterials(["photo"], Schedule, Monday.AddDays(1), Staff.Clerk, Later);

        Assert.Equal(CaseStatus.AwaitingCorrection, @case.Status);
        Assert.Equal(ReviewStatus.Returned, @case.TaskOf(CaseItems.Market).Status);
        Assert.Equal("房屋产权证明", Assert.Single(@case.MissingMaterials).Name);
        Assert.Equal(Monday, @case.CorrectionSince);
    }

    [Fact]
    public void ReturnForCorrection_WhileAnotherDepartmentsCorrectionIsOpen_AddsItsOwnRequest()
    {
        var @case = new CaseBuilder().WithItems(CaseItems.Food(), CaseItems.Hygiene()).Accepted().Build();
        @case.ReturnForCorrection(CaseItems.Market, "房屋产权证明", Staff.Reviewer, Monday, Later);

        @case.ReturnForCorrection(CaseItems.Health, "卫生管理制度", Staff.Reviewer, Monday.AddDays(1), Later);

        Assert.Equal(ReviewStatus.Returned, @case.TaskOf(CaseItems.Health).Status);
        Assert.Equal(["市场监管局", "卫生健康委"], @case.MissingMaterials.Select(m => m.Source));
        Assert.Equal("市场监管局要求补正：房屋产权证明；卫生健康委要求补正：卫生管理制度", @case.CorrectionNote);
        Assert.Equal(Monday.AddDays(1), @case.TaskOf(CaseItems.Health).CorrectionSince);
    }

    [Fact]
    public void Decide_OtherDepartmentWhileOneWaitsForCorrection_GoesOn_AndTheCaseConcludesOnceTheMaterialIsIn()
    {
        // On the old code every other department was blocked ("暂不能审查") while its light still read 正常.
        var @case = new CaseBuilder().WithItems(CaseItems.Food(), CaseItems.Hygiene()).Accepted().Build();
        @case.ReturnForCorrection(CaseItems.Market, "房屋产权证明", Staff.Reviewer, Monday, Later);

        @case.Decide(CaseItems.Health, true, "符合条件", Staff.Reviewer, Later);

        Assert.Equal(ReviewStatus.Approved, @case.TaskOf(CaseItems.Health).Status);
        Assert.Equal(CaseStatus.AwaitingCorrection, @case.Status);
        @case.ProvideMaterials([Assert.Single(@case.MissingMaterials).Key], Schedule, Monday.AddDays(2), Staff.Clerk, Later);
        @case.Decide(CaseItems.Market, true, "符合条件", Staff.Reviewer, Later);
        Assert.Equal((CaseStatus.Concluded, CaseOutcome.Approved), (@case.Status, @case.Outcome));
    }

    [Fact]
    public void Light_WhileOneDepartmentWaits_TheWaitingTaskIsAwaitingCorrection_TheOthersCountDown()
    {
        var @case = new CaseBuilder().WithItems(CaseItems.Food(), CaseItems.Hygiene(), CaseItems.FireCheck(promisedDays: 3)).Accepted().Build();

        @case.ReturnForCorrection(CaseItems.Market, "房屋产权证明", Staff.Reviewer, Monday, Later, [CaseItems.Health]);

        var today = Monday.AddDays(2);
        Assert.Equal(DeadlineLight.AwaitingCorrection, @case.TaskOf(CaseItems.Market).Light(Schedule, today));
        Assert.Equal(DeadlineLight.AwaitingCorrection, @case.TaskOf(CaseItems.Health).Light(Schedule, today));
        // 消防 was not chosen: it keeps reviewing, its 3 days running (Mon → Thu 03-05, 1 left on Wed).
        Assert.Equal(DeadlineLight.Yellow, @case.TaskOf(CaseItems.Fire).Light(Schedule, today));
        Assert.Equal(1, @case.TaskOf(CaseItems.Fire).WorkingDaysLeft(Schedule, today));
    }

    [Fact]
    public void ProvideMaterials_MovesOnlyTheStoppedClocks_EachByTheDaysItWaited()
    {
        // Accepted Mon 03-02: 市场监管 5 days → 03-09, 卫健 10 → 03-16, 消防 3 → 03-05.
        var @case = new CaseBuilder().WithItems(CaseItems.Food(), CaseItems.Hygiene(), CaseItems.FireCheck(promisedDays: 3)).Accepted().Build();
        @case.ReturnForCorrection(CaseItems.Market, "房屋产权证明", Staff.Reviewer, Monday, Later, [CaseItems.Health]);
        var waitingDaysLeft = @case.TaskOf(CaseItems.Health).WorkingDaysLeft(Schedule, Monday);

        // Brought Thu 03-05: Tue, Wed, Thu → 3 working days stood still for the two waiting tasks.
        Assert.Equal(waitingDaysLeft, @case.TaskOf(CaseItems.Health).WorkingDaysLeft(Schedule, Monday.AddDays(3)));
        @case.ProvideMaterials([Assert.Single(@case.MissingMaterials).Key], Schedule, Monday.AddDays(3), Staff.Clerk, Later);

        Assert.Equal(CaseStatus.UnderReview, @case.Status);
        Assert.Equal((3, Day(3, 12)), (@case.TaskOf(CaseItems.Market).SuspendedDays, @case.TaskOf(CaseItems.Market).Deadline(Schedule)));
        Assert.Equal((3, Day(3, 19)), (@case.TaskOf(CaseItems.Health).SuspendedDays, @case.TaskOf(CaseItems.Health).Deadline(Schedule)));
        Assert.Equal((0, Day(3, 5)), (@case.TaskOf(CaseItems.Fire).SuspendedDays, @case.TaskOf(CaseItems.Fire).Deadline(Schedule)));
        Assert.All(@case.Tasks, t => Assert.Null(t.CorrectionSince));
        Assert.Equal(ReviewStatus.Pending, @case.TaskOf(CaseItems.Market).Status);
    }

    [Fact]
    public void Decide_TaskChosenToWait_IsRefusedUntilTheMaterialIsIn()
    {
        var @case = new CaseBuilder().WithItems(CaseItems.Food(), CaseItems.Hygiene()).Accepted().Build();
        @case.ReturnForCorrection(CaseItems.Market, "房屋产权证明", Staff.Reviewer, Monday, Later, [CaseItems.Health]);

        var ex = Assert.Throws<DomainException>(() => @case.Decide(CaseItems.Health, true, "符合条件", Staff.Reviewer, Later));

        Assert.Equal("Review.WaitsForCorrection", ex.Key);
        Assert.Equal(ReviewStatus.Pending, @case.TaskOf(CaseItems.Health).Status);
    }

    [Fact]
    public void ReturnForCorrection_NamingADepartmentWithoutAnOpenTask_IsRefusedAndChangesNothing()
    {
        var @case = new CaseBuilder().WithItems(CaseItems.Food(), CaseItems.Hygiene()).Accepted().Build();
        @case.Decide(CaseItems.Health, true, "符合条件", Staff.Reviewer, Later);

        var ex = Assert.Throws<DomainException>(() =>
            @case.ReturnForCorrection(CaseItems.Market, "房屋产权证明", Staff.Reviewer, Monday, Later, [CaseItems.Health]));

        Assert.Equal("Review.NothingToWait", ex.Key);
        Assert.Equal((CaseStatus.UnderReview, ReviewStatus.Pending), (@case.Status, @case.TaskOf(CaseItems.Market).Status));
        Assert.Empty(@case.MissingMaterials);
    }

    [Fact]
    public void ReturnForCorrection_BlankMissing_Throws()
    {
        var @case = new CaseBuilder().Accepted().Build();

        Assert.Throws<DomainException>(() => @case.ReturnForCorrection(CaseItems.Market, " ", Staff.Reviewer, Monday, Later));
        Assert.Equal(CaseStatus.UnderReview, @case.Status);
        Assert.Empty(@case.MissingMaterials);
    }

    [Fact]
    public void Accept_DuringCorrectionAskedByReviewer_Throws()
    {
        var @case = new CaseBuilder().Accepted().Build();
        @case.ReturnForCorrection(CaseItems.Market, "房屋产权证明", Staff.Reviewer, Monday, Later);

        var ex = Assert.Throws<DomainException>(() => @case.Accept(Schedule, Monday, Staff.Clerk, Later));

        Assert.Equal("Case.UseCorrectionSubmit", ex.Key);
        Assert.Single(@case.Tasks);
    }
}
