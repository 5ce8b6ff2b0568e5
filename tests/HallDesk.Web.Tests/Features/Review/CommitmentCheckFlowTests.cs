using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Features.Manager;
using HallDesk.Web.Features.Review;
using HallDesk.Web.Localization;
using HallDesk.Web.Tests.Features.Documents;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Review;

/// <summary>告知承诺 through the real use cases: intake on a commitment → 告知承诺书 and a 事后核查 → 属实 or 不实.</summary>
public class CommitmentCheckFlowTests : IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public CommitmentCheckFlowTests(HallDeskFactory factory) => _factory = factory;

    internal static Applicant Person(string id) => new(ApplicantKind.Person, "赵承诺", id, "13812345678", null, null);

    /// <summary>食品经营许可 (scjg) taken in on the applicant's 告知承诺, every material handed over.</summary>
    internal static async Task<TakeInApplication.Result> TakeInOnCommitmentAsync(HallDeskFactory factory, Applicant applicant, bool commitment = true)
    {
        var selection = (await factory.Get<CatalogQueries>().SelectAsync(ReviewCases.FoodLicence))!;
        return await factory.Get<TakeInApplication>().HandleAsync(
            new TakeInApplication.Command(applicant, ReviewCases.FoodLicence, selection.Checklist.Select(l => l.Key).ToList(), IntakeDecision.Accept,
                Commitment: commitment),
            await factory.ActorAsync("clerk1"));
    }

    [Fact]
    public async Task AcceptOnCommitment_PrintsThePledge_AndOpensACheckInTheDepartmentsInbox()
    {
        var result = await TakeInOnCommitmentAsync(_factory, Person("23100419850612041X"));

        Assert.Equal(CaseStatus.Concluded, result.Status);
        var pledge = Assert.Single(result.Documents, d => d.Kind == DocumentKind.CommitmentPledge);
        await using var db = await _factory.DbAsync();
        var text = PdfText.Of((await db.IssuedDocuments.SingleAsync(d => d.Id == pledge.Id)).Content);
        Assert.Contains("告知承诺书", text);
        Assert.Contains("国办发〔2020〕42号", text);
        Assert.Contains("食品经营许可", text);
        Assert.Contains("《中华人民共和国食品安全法》第三十五条", text);
        Assert.Contains("不实承诺的后果", text);
        Assert.Contains("40个工作日内", text);
        Assert.Contains("申请人（法定代表人、代理人）签字", text);
        Assert.DoesNotContain("23100419850612041X", text);

        var check = await db.CommitmentChecks.SingleAsync(c => c.CaseNumber == result.CaseNumber);
        var calendar = await CalendarStore.LoadAsync(db, CancellationToken.None);
        Assert.Equal("scjg", check.DepartmentCode);
        Assert.Equal(calendar.AddWorkingDays(check.OpenedOn, 40), check.DueOn);
        var row = Assert.Single(await _factory.Get<CommitmentCheckQueries>().ForDepartmentAsync("scjg"), r => r.CaseNumber == result.CaseNumber);
        Assert.Equal(CommitmentCheckStatus.Open, row.Status);
        Assert.DoesNotContain(await _factory.Get<CommitmentCheckQueries>().ForDepartmentAsync("bdc"), r => r.CaseNumber == result.CaseNumber);
    }

    [Fact]
    public async Task AcceptWithoutCommitment_NoPledgeNoCheck_UntilTheReviewerApproves_ThenNoCheckEither()
    {
        var result = await TakeInOnCommitmentAsync(_factory, Person("231004199003050522"), commitment: false);

        Assert.Equal(CaseStatus.UnderReview, result.Status);
        Assert.DoesNotContain(result.Documents, d => d.Kind == DocumentKind.CommitmentPledge);
        var task = (await _factory.Get<ReviewQueries>().CaseAsync(result.CaseNumber))!.Case.Tasks.Single();
        await _factory.Get<ApproveReviewTask>().HandleAsync(await _factory.ActorAsync("reviewer-scjg"), result.CaseNumber, task.Version, "准予许可");
        await using var db = await _factory.DbAsync();
        Assert.False(await db.CommitmentChecks.AnyAsync(c => c.CaseNumber == result.CaseNumber));
    }

    [Fact]
    public async Task CheckFoundUntrue_IssuesTheRevocation_ListsTheApplicant_AndTheNextIntakeIsWarnedAndRefusedACommitment()
    {
        var applicant = Person("231004197811200630");
        var result = await TakeInOnCommitmentAsync(_factory, applicant);
        var row = (await _factory.Get<CommitmentCheckQueries>().ForDepartmentAsync("scjg")).Single(r => r.CaseNumber == result.CaseNumber);

        var revocation = await _factory.Get<RecordCommitmentCheck>().HandleAsync(
            new(row.Id, row.Version, false, "现场核查：未设置食品安全管理人员，与承诺不符。"), await _factory.ActorAsync("reviewer-scjg"));

        Assert.NotNull(revocation);
        Assert.StartsWith("爱民市场监管撤字〔2026〕第", revocation.Number);
        await using var db = await _factory.DbAsync();
        var text = PdfText.Of((await db.IssuedDocuments.SingleAsync(d => d.Id == revocation.Id)).Content);
        Assert.Contains("撤销行政许可决定书", text);
        Assert.Contains("牡丹江市爱民区市场监督管理局", text);
        Assert.Contains("《中华人民共和国行政许可法》第六十九条第二款", text);
        Assert.Contains("未设置食品安全管理人员", text);
        Assert.Contains("牡丹江市爱民区人民政府申请行政复议", text);
        Assert.Contains("牡丹江市爱民区人民法院提起行政诉讼", text);
        Assert.Contains(result.CaseNumber, text);
        Assert.DoesNotContain("231004197811200630", text);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "commitment.check" && a.Subject == result.CaseNumber && a.Details.Contains("核查不实")));

        var until = await _factory.Get<CommitmentCheckQueries>().ListedUntilAsync(applicant.IdNumber);
        Assert.Equal(DateOnly.FromDateTime(HallDeskFactory.Start.UtcDateTime).AddMonths(36), until);
        var cases = await db.Cases.CountAsync();
        var error = await Assert.ThrowsAsync<DomainException>(() => TakeInOnCommitmentAsync(_factory, applicant));
        Assert.Equal("Commitment.ApplicantListed", error.Key);
        Assert.Contains($"{until:yyyy-MM-dd}", Texts.Of(error, Texts.Chinese));
        Assert.Equal(cases, await db.Cases.CountAsync());
        Assert.Equal(CaseStatus.UnderReview, (await TakeInOnCommitmentAsync(_factory, applicant, commitment: false)).Status);
    }

    [Fact]
    public async Task CheckFoundTrue_ClosesTheCheck_NoDocumentNoListing()
    {
        var applicant = Person("11010519491231002X");
        var result = await TakeInOnCommitmentAsync(_factory, applicant);
        var row = (await _factory.Get<CommitmentCheckQueries>().ForDepartmentAsync("scjg")).Single(r => r.CaseNumber == result.CaseNumber);

        var revocation = await _factory.Get<RecordCommitmentCheck>().HandleAsync(new(row.Id, row.Version, true, "现场核查属实"), await _factory.ActorAsync("reviewer-scjg"));

        Assert.Null(revocation);
        Assert.Null(await _factory.Get<CommitmentCheckQueries>().ListedUntilAsync(applicant.IdNumber));
        var after = (await _factory.Get<CommitmentCheckQueries>().ForDepartmentAsync("scjg")).Single(r => r.CaseNumber == result.CaseNumber);
        Assert.Equal(CommitmentCheckStatus.Truthful, after.Status);
    }

    [Fact]
    public async Task AnotherDepartmentsReviewer_CannotRecordTheCheck()
    {
        var result = await TakeInOnCommitmentAsync(_factory, Person("11010519491231002X"));
        var row = (await _factory.Get<CommitmentCheckQueries>().ForDepartmentAsync("scjg")).Single(r => r.CaseNumber == result.CaseNumber);

        var other = await _factory.ActorAsync("reviewer-bdc");

        var error = await Assert.ThrowsAsync<DomainException>(() => _factory.Get<RecordCommitmentCheck>().HandleAsync(new(row.Id, row.Version, false, "不实"), other));

        Assert.Equal("Commitment.CheckNotFound", error.Key);
        await using var db = await _factory.DbAsync();
        Assert.Equal(CommitmentCheckStatus.Open, (await db.CommitmentChecks.SingleAsync(c => c.Id == row.Id)).Status);
    }
}

/// <summary>The manager's dashboard counts a hall's checks due and, once past their date, overdue (a factory of its own: the clock moves).</summary>
public class CommitmentCheckFiguresTests : IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public CommitmentCheckFiguresTests(HallDeskFactory factory) => _factory = factory;

    [Fact]
    public async Task Dashboard_CountsChecksDue_ThenOverdueAfterTheDeadline()
    {
        var before = (await _factory.Get<HallLiveQuery>().FiguresAsync("AM")).CommitmentChecks!;
        await CommitmentCheckFlowTests.TakeInOnCommitmentAsync(_factory, CommitmentCheckFlowTests.Person("23100419850612041X"));

        var due = (await _factory.Get<HallLiveQuery>().FiguresAsync("AM")).CommitmentChecks!;
        Assert.Equal(before.Due + 1, due.Due);
        Assert.Equal(0, due.Overdue);

        _factory.Clock.Advance(TimeSpan.FromDays(70)); // 40 working days are fewer than 70 calendar days
        var overdue = (await _factory.Get<HallLiveQuery>().FiguresAsync("AM")).CommitmentChecks!;
        Assert.Equal(before.Due + 1, overdue.Due);
        Assert.Equal(1, overdue.Overdue);
    }
}
