using HallDesk.Domain.Cases;
using static HallDesk.Domain.Tests.Cases.CaseDays;

namespace HallDesk.Domain.Tests.Cases;

/// <summary>受理 at the comprehensive window: materials complete, promised date, one review task per department.</summary>
public class CaseAcceptTests
{
    [Fact]
    public void Constructor_NoItems_Throws()
    {
        Assert.Throws<DomainException>(() => new Case("H01202603020001", "H01", null, Staff.Clerk, SampleApplicants.Person(),
            "X", "X", false, [], [], Morning(Monday)));
    }

    [Fact]
    public void Accept_RequiredMaterialMissing_ThrowsAndStaysReceived()
    {
        var @case = new CaseBuilder()
            .WithMaterials(CaseMaterials.Submitted("business-licence"), CaseMaterials.Missing("lease", "租赁合同"))
            .Build();

        var ex = Assert.Throws<DomainException>(() => @case.Accept(Schedule, Monday, Staff.Clerk, Morning(Monday)));

        Assert.Contains("租赁合同", ex.Message);
        Assert.Equal(CaseStatus.Received, @case.Status);
        Assert.Empty(@case.Tasks);
        Assert.Null(@case.PromisedDate);
        Assert.Empty(@case.Events);
    }

    [Fact]
    public void Accept_OnlyOptionalMaterialMissing_Accepts()
    {
        var @case = new CaseBuilder()
            .WithMaterials(CaseMaterials.Submitted("business-licence"), CaseMaterials.Missing("photo", "门头照片", required: false))
            .Accepted()
            .Build();

        Assert.Equal(CaseStatus.UnderReview, @case.Status);
    }

    [Fact]
    public void Accept_SingleItem_PromisesWorkingDaysAfterAcceptance()
    {
        // 5 working days from Wed 09-30: Oct 1–7 off, 8 (1), 9 (2), 10 Sat make-up (3), 12 (4), 13 (5).
        var @case = new CaseBuilder().WithItems(CaseItems.Food(promisedDays: 5)).AcceptedOn(Day(9, 30)).Build();

        Assert.Equal(Day(10, 13), @case.PromisedDate);
        Assert.Equal(Day(9, 30), @case.AcceptedOn);
        Assert.Equal(Morning(Day(9, 30)), @case.AcceptedAt);
        Assert.Equal(Day(10, 13), Assert.Single(@case.Tasks).PromisedDate);
    }

    [Fact]
    public void Accept_BundleOfThreeDepartments_OpensOnePendingTaskPerDepartment()
    {
        var @case = new CaseBuilder()
            .WithItems(CaseItems.Food(), CaseItems.Hygiene(), CaseItems.Signboard(), CaseItems.FireCheck())
            .Accepted()
            .Build();

        Assert.Equal([CaseItems.Market, CaseItems.Health, CaseItems.Fire], @case.Tasks.Select(t => t.DepartmentCode));
        Assert.All(@case.Tasks, t => Assert.Equal(ReviewStatus.Pending, t.Status));
        Assert.Equal("SP-XK-0001,ZH-XK-0002", @case.TaskOf(CaseItems.Market).ItemCodes);
        Assert.Equal(CaseStatus.UnderReview, @case.Status);
    }

    [Fact]
    public void Accept_Bundle_PromisesLongestItemAndEachTaskItsOwnLongest()
    {
        // From Wed 09-30, working days: Oct 8 (1), 9 (2), 10 Sat make-up (3), 12 (4), 13 (5), 14 (6), 15 (7), 16 (8), 19 (9), 20 (10).
        var @case = new CaseBuilder()
            .WithItems(CaseItems.Food(promisedDays: 5), CaseItems.Signboard(promisedDays: 3), CaseItems.Hygiene(promisedDays: 10),
                CaseItems.FireCheck(promisedDays: 3))
            .AcceptedOn(Day(9, 30))
            .Build();

        Assert.Equal(Day(10, 20), @case.PromisedDate);
        Assert.Equal(Day(10, 13), @case.TaskOf(CaseItems.Market).PromisedDate); // max(5, 3) = 5
        Assert.Equal(Day(10, 20), @case.TaskOf(CaseItems.Health).PromisedDate);
        Assert.Equal(Day(10, 10), @case.TaskOf(CaseItems.Fire).PromisedDate);
    }

    [Fact]
    public void Accept_OnlyInstantItem_ConcludesApprovedAtOnce()
    {
        var @case = new CaseBuilder().WithItems(CaseItems.Registration()).Accepted().Build();

        Assert.Equal(CaseStatus.Concluded, @case.Status);
        Assert.Equal(CaseOutcome.Approved, @case.Outcome);
        Assert.Equal(Morning(Monday), @case.ConcludedAt);
        Assert.Equal(Monday, @case.PromisedDate);
        Assert.Equal(ReviewStatus.Approved, Assert.Single(@case.Tasks).Status);
        Assert.Equal(["受理", "办结"], @case.Events.Select(e => e.Action));
    }

    [Fact]
    public void Accept_InstantItemBesideReviewedItemOfAnotherDepartment_ConcludesOnlyItsTask()
    {
        var @case = new CaseBuilder().WithItems(CaseItems.Registration(), CaseItems.Hygiene()).Accepted().Build();

        Assert.Equal(ReviewStatus.Approved, @case.TaskOf(CaseItems.Market).Status);
        Assert.Equal(ReviewStatus.Pending, @case.TaskOf(CaseItems.Health).Status);
        Assert.Equal(CaseStatus.UnderReview, @case.Status);
    }

    [Fact]
    public void Accept_InstantItemBesideReviewedItemOfSameDepartment_LeavesTaskPending()
    {
        var @case = new CaseBuilder().WithItems(CaseItems.Registration(), CaseItems.Food()).Accepted().Build();

        Assert.Equal(ReviewStatus.Pending, Assert.Single(@case.Tasks).Status);
        Assert.Equal(CaseStatus.UnderReview, @case.Status);
    }

    [Fact]
    public void Accept_InstantItemWithTimeLimit_DoesNotPushThePromisedDate()
    {
        // Only the fire check's 3 days count from Wed 09-30: Oct 8 (1), 9 (2), 10 Sat make-up (3).
        var @case = new CaseBuilder().WithItems(CaseItems.InstantWithLimit(promisedDays: 5), CaseItems.FireCheck(promisedDays: 3))
            .AcceptedOn(Day(9, 30))
            .Build();

        Assert.Equal(Day(10, 10), @case.PromisedDate);
        Assert.Equal(Day(9, 30), @case.TaskOf(CaseItems.Market).PromisedDate);
    }

    [Fact]
    public void Accept_CommitmentSigned_ConcludesApprovedAtOnce()
    {
        var @case = new CaseBuilder().WithItems(CaseItems.HygieneByCommitment().WithCommitment()).Accepted().Build();

        Assert.Equal(CaseStatus.Concluded, @case.Status);
        Assert.Equal(CaseOutcome.Approved, @case.Outcome);
        Assert.Equal(Monday, @case.PromisedDate);
    }

    [Fact]
    public void Accept_CommitmentNotSigned_GoesToReview()
    {
        var @case = new CaseBuilder().WithItems(CaseItems.HygieneByCommitment()).Accepted().Build();

        Assert.Equal(CaseStatus.UnderReview, @case.Status);
        Assert.Equal(ReviewStatus.Pending, Assert.Single(@case.Tasks).Status);
    }

    [Fact]
    public void Accept_RecordsEventWithPromisedDateAndDepartments()
    {
        var @case = new CaseBuilder().WithItems(CaseItems.Food(), CaseItems.Hygiene()).AcceptedOn(Day(9, 30)).Build();

        var accepted = Assert.Single(@case.Events);
        Assert.Equal("受理", accepted.Action);
        Assert.Equal(Staff.Clerk, accepted.Actor);
        Assert.Equal(Morning(Day(9, 30)), accepted.At);
        Assert.Contains("2026-10-20", accepted.Detail);
        Assert.Contains("卫生健康委", accepted.Detail);
    }

    [Fact]
    public void Accept_AlreadyUnderReview_Throws()
    {
        var @case = new CaseBuilder().Accepted().Build();

        Assert.Throws<DomainException>(() => @case.Accept(Schedule, Monday, Staff.Clerk, Morning(Monday)));
        Assert.Single(@case.Tasks);
    }

    [Fact]
    public void Accept_PromiseReachingAYearWithoutItsHolidays_IsMarkedWeekendsOnly()
    {
        var lastWeek = new DateOnly(2026, 12, 28);
        var late = new CaseBuilder().WithItems(CaseItems.Food()).Build();
        var early = new CaseBuilder().WithItems(CaseItems.Food()).Build();

        late.Accept(Schedule, lastWeek, Staff.Clerk, Morning(lastWeek));
        early.Accept(Schedule, Monday, Staff.Clerk, Morning(Monday));

        Assert.Equal((new DateOnly(2027, 1, 4), true), (late.PromisedDate, late.PromisedOnWeekendsOnly));
        Assert.False(early.PromisedOnWeekendsOnly);
    }
}
