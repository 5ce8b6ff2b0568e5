using HallDesk.Domain.Cases;
using static HallDesk.Domain.Tests.Cases.CaseDays;

namespace HallDesk.Domain.Tests.Cases;

public class CommitmentCheckTests
{
    private static readonly DateTime Noon = Morning(Monday).AddHours(3);

    private static Case Committed(params CaseItem[] others) =>
        new CaseBuilder().WithItems([CaseItems.HygieneByCommitment().WithCommitment(), .. others]).Concluded().Build();

    [Fact]
    public void OpenFor_ConcludedOnCommitment_OneCheckForTheDepartment_DueInWorkingDays()
    {
        var @case = Committed();

        var check = Assert.Single(CommitmentCheck.OpenFor(@case, Schedule, Monday, 40));

        Assert.Equal(CaseItems.Health, check.DepartmentCode);
        Assert.Equal(CommitmentCheckStatus.Open, check.Status);
        Assert.Equal(Monday, check.OpenedOn);
        Assert.Equal(Schedule.AddWorkingDays(Monday, 40), check.DueOn);
        Assert.Equal(@case.ApplicantIdNumber, check.ApplicantIdNumber);
        Assert.Contains("公共场所卫生许可", check.ItemNames);
    }

    [Fact]
    public void OpenFor_DeadlineSkipsTheNationalDayHolidays()
    {
        var @case = new CaseBuilder().WithItems(CaseItems.HygieneByCommitment().WithCommitment()).AcceptedOn(Day(9, 30)).Build();

        var check = Assert.Single(CommitmentCheck.OpenFor(@case, Schedule, Day(9, 30), 1));

        Assert.Equal(Day(10, 8), check.DueOn); // 10-01 … 10-07 国庆节、中秋节
    }

    [Fact]
    public void OpenFor_OnlyTheCommittedDepartment_NotTheOnesReviewedTheOrdinaryWay()
    {
        var @case = Committed(CaseItems.Food());

        var check = Assert.Single(CommitmentCheck.OpenFor(@case, Schedule, Monday, 40));

        Assert.Equal(CaseItems.Health, check.DepartmentCode);
    }

    [Fact]
    public void OpenFor_CaseStillUnderReview_OpensNothing()
    {
        var @case = new CaseBuilder().WithItems(CaseItems.HygieneByCommitment().WithCommitment(), CaseItems.Food()).Accepted().Build();

        Assert.Equal(CaseStatus.UnderReview, @case.Status);
        Assert.Empty(CommitmentCheck.OpenFor(@case, Schedule, Monday, 40));
    }

    [Fact]
    public void OpenFor_NoCommitmentSigned_OpensNothing()
    {
        var @case = new CaseBuilder().WithItems(CaseItems.HygieneByCommitment()).Concluded().Build();

        Assert.Empty(CommitmentCheck.OpenFor(@case, Schedule, Monday, 40));
    }

    [Fact]
    public void IsOverdue_AfterTheDueDay_NotOnIt()
    {
        var check = CommitmentCheck.OpenFor(Committed(), Schedule, Monday, 40).Single();

        Assert.False(check.IsOverdue(check.DueOn));
        Assert.True(check.IsOverdue(check.DueOn.AddDays(1)));
    }

    [Fact]
    public void Record_Truthful_ListsNobodyAndClosesTheCheck()
    {
        var check = CommitmentCheck.OpenFor(Committed(), Schedule, Monday, 40).Single();

        var listed = check.Record(true, "现场核查，场所条件与承诺一致", Staff.Reviewer, Monday, Noon, 36);

        Assert.Null(listed);
        Assert.Equal(CommitmentCheckStatus.Truthful, check.Status);
        Assert.False(check.IsOverdue(check.DueOn.AddDays(1)));
    }

    [Fact]
    public void Record_Broken_ListsTheApplicantForTheConfiguredMonths()
    {
        var check = CommitmentCheck.OpenFor(Committed(), Schedule, Monday, 40).Single();

        var listed = check.Record(false, "现场无消毒设施，与承诺不符", Staff.Reviewer, Monday, Noon, 36);

        Assert.NotNull(listed);
        Assert.Equal(CommitmentCheckStatus.Broken, check.Status);
        Assert.Equal(check.ApplicantIdNumber, listed.ApplicantIdNumber);
        Assert.Equal(new DateOnly(2029, 3, 2), listed.ExpiresOn);
        Assert.Equal("现场无消毒设施，与承诺不符", listed.Findings);
    }

    [Fact]
    public void Record_WithoutFindings_IsRefusedAndChangesNothing()
    {
        var check = CommitmentCheck.OpenFor(Committed(), Schedule, Monday, 40).Single();

        var error = Assert.Throws<DomainException>(() => check.Record(false, "  ", Staff.Reviewer, Monday, Noon, 36));

        Assert.Equal("Commitment.FindingsRequired", error.Key);
        Assert.Equal(CommitmentCheckStatus.Open, check.Status);
    }

    [Fact]
    public void Record_Twice_IsRefused()
    {
        var check = CommitmentCheck.OpenFor(Committed(), Schedule, Monday, 40).Single();
        check.Record(true, "属实", Staff.Reviewer, Monday, Noon, 36);

        var error = Assert.Throws<DomainException>(() => check.Record(false, "不实", Staff.Reviewer, Monday, Noon, 36));

        Assert.Equal("Commitment.AlreadyChecked", error.Key);
        Assert.Equal(CommitmentCheckStatus.Truthful, check.Status);
    }
}

public class BrokenCommitmentTests
{
    private static BrokenCommitment Listed(int months = 36)
    {
        var check = CommitmentCheck.OpenFor(
            new CaseBuilder().WithItems(CaseItems.HygieneByCommitment().WithCommitment()).Concluded().Build(), Schedule, Monday, 40).Single();
        return check.Record(false, "承诺不实", Staff.Reviewer, Monday, Morning(Monday), months)!;
    }

    [Fact]
    public void EnsureMayCommit_WhileListed_RefusesWithTheExpiryDate()
    {
        var entry = Listed();

        var error = Assert.Throws<DomainException>(() => BrokenCommitment.EnsureMayCommit([entry], Monday.AddMonths(35)));

        Assert.Equal("Commitment.ApplicantListed", error.Key);
        Assert.Equal(entry.ExpiresOn, error.Args[0]);
    }

    [Fact]
    public void EnsureMayCommit_OnTheExpiryDay_Allows()
    {
        var entry = Listed(months: 12);

        BrokenCommitment.EnsureMayCommit([entry], entry.ExpiresOn);

        Assert.Null(BrokenCommitment.ListedUntil([entry], entry.ExpiresOn));
        Assert.Equal(entry.ExpiresOn, BrokenCommitment.ListedUntil([entry], entry.ExpiresOn.AddDays(-1)));
    }

    [Fact]
    public void EnsureMayCommit_NeverListed_Allows()
    {
        BrokenCommitment.EnsureMayCommit([], Monday);

        Assert.Null(BrokenCommitment.ListedUntil([], Monday));
    }
}
