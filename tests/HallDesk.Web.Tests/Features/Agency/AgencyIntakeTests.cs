using System.Net;
using System.Text.RegularExpressions;
using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Agency;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Features.Reports;
using HallDesk.Web.Features.Review;
using HallDesk.Web.Localization;
using HallDesk.Web.Tests.Features.Documents;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Agency;

/// <summary>
/// 代办点: an agent takes in on a citizen's behalf with no ticket; the case is the parent hall's, marked 帮办代办 with the
/// point, and reviewed as that hall's (a delegated item by its reviewers, another by the department). An agent sees only
/// their point's cases and documents, and no staff screen.
/// </summary>
public sealed class AgencyIntakeTests : IClassFixture<HallDeskFactory>
{
    internal const string Dibao = "23100400MZ-GF-0001"; // 最低生活保障, 民政, delegated to XY in the demo
    internal static readonly string[] DibaoMaterials = ["application-db", "family-income-declaration", "check-authorization", "id-card", "hukou-book", "bank-account"];
    private readonly HallDeskFactory _factory;

    public AgencyIntakeTests(HallDeskFactory factory) => _factory = factory;

    [Fact]
    public async Task AgentOfXY01_TakesInADelegatedItem_CaseIsXYs_MarkedWithThePoint_InReviewerXysInbox_NotTheDepartments()
    {
        var result = await TakeInAsync("agent-xy01", DocumentCases.Zhang, Dibao, DibaoMaterials);

        var c = await LoadAsync(result.CaseNumber);
        Assert.Equal(("XY", "XY01", "向阳社区代办点"), (c.HallCode, c.AgencyPointCode, c.AgencyPointName));
        Assert.Null(c.TicketId);
        Assert.StartsWith("XY", c.CaseNumber, StringComparison.Ordinal);
        Assert.Contains(c.Events, e => e.Action == CaseJournal.AgencyIntake && e.Detail == "向阳社区代办点");
        Assert.Contains((await InboxAsync("reviewer-xy")).Rows, r => r.CaseNumber == result.CaseNumber);
        Assert.DoesNotContain((await InboxAsync("reviewer-mz")).Rows, r => r.CaseNumber == result.CaseNumber);

        var listed = Assert.Single(await _factory.Get<AgencyQueries>().SubmissionsAsync(await _factory.StaffAsync("agent-xy01")), s => s.CaseNumber == result.CaseNumber);
        Assert.Equal(["向阳街道便民服务中心"], listed.ReviewedBy);
        Assert.Equal("张*华", listed.Applicant);

        await using var db = await _factory.DbAsync();
        var audit = await db.AuditEntries.AsNoTracking().Where(a => a.Subject == result.CaseNumber && a.Action == "case.accept").SingleAsync();
        Assert.Equal("agent-xy01", audit.Actor);
        Assert.Contains("代办点 向阳社区代办点", audit.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgentOfSDG01_TakesInAnItemNotDelegatedThere_TheDepartmentReviewsIt()
    {
        var result = await TakeInAsync("agent-sdg01", DocumentCases.Zhang, Dibao, DibaoMaterials);

        Assert.Equal(("SDG", "SDG01"), ((await LoadAsync(result.CaseNumber)).HallCode, (await LoadAsync(result.CaseNumber)).AgencyPointCode));
        Assert.Contains((await InboxAsync("reviewer-mz")).Rows, r => r.CaseNumber == result.CaseNumber);
        Assert.DoesNotContain((await InboxAsync("reviewer-xy")).Rows, r => r.CaseNumber == result.CaseNumber);
        Assert.DoesNotContain(await _factory.Get<AgencyQueries>().SubmissionsAsync(await _factory.StaffAsync("agent-xy01")), s => s.CaseNumber == result.CaseNumber);
    }

    [Fact]
    public async Task Agent_OpensOwnPointsCase_NotAnotherPointsNorTheParentHallsWindowCase()
    {
        var own = await TakeInAsync("agent-xy01", DocumentCases.Zhang, Dibao, DibaoMaterials);
        var otherPoint = await TakeInAsync("agent-sdg01", DocumentCases.Zhang, Dibao, DibaoMaterials);
        var window = await TakeInAsync("clerk-xy1", DocumentCases.Zhang, Dibao, DibaoMaterials);
        var needToKnow = _factory.Get<NeedToKnow>();
        var agent = await _factory.StaffAsync("agent-xy01");

        Assert.Equal(Access.Allowed, await needToKnow.CaseAccessAsync(agent, own.CaseNumber));
        Assert.Equal(Access.Denied, await needToKnow.CaseAccessAsync(agent, otherPoint.CaseNumber));
        Assert.Equal(Access.Denied, await needToKnow.CaseAccessAsync(agent, window.CaseNumber));
        // The parent hall's clerks still open what its point took in: the case is the hall's.
        Assert.Equal(Access.Allowed, await needToKnow.CaseAccessAsync(await _factory.StaffAsync("clerk-xy1"), own.CaseNumber));

        var client = await SignedInAsync("agent-xy01");
        var ownReceipt = (await DocumentCases.DocumentsAsync(_factory, own.CaseNumber)).First(d => d.Kind == DocumentKind.Acceptance);
        var otherReceipt = (await DocumentCases.DocumentsAsync(_factory, otherPoint.CaseNumber)).First(d => d.Kind == DocumentKind.Acceptance);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/documents/{ownReceipt.PublicId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/documents/{otherReceipt.PublicId}")).StatusCode);
    }

    [Theory]
    [InlineData("/counter")]
    [InlineData("/review")]
    [InlineData("/manager")]
    [InlineData("/admin/halls")]
    [InlineData("/district")]
    public async Task Agent_IsRefusedTheStaffScreens(string page)
    {
        var response = await (await SignedInAsync("agent-xy01")).GetAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("access-denied", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agency_IsTheAgentsLanding_AndRefusedToAClerk()
    {
        var client = LoginClient.Create(_factory);
        var signIn = await LoginClient.SignInAsync(client, "agent-sdg01", HallDeskFactory.Password);
        Assert.Equal("/agency", signIn.Headers.Location?.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/agency")).StatusCode);

        var clerk = await (await SignedInAsync("clerk-xy1")).GetAsync("/agency");
        Assert.Contains("access-denied", clerk.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MonthlyReport_CountsThePointsCasesAs帮办_AndListsEachPoint()
    {
        var before = await _factory.Get<MonthlyReportQueries>().LoadAsync(null, new DateOnly(2026, 12, 1));
        await TakeInAsync("agent-xy01", DocumentCases.Zhang, Dibao, DibaoMaterials);

        var after = await _factory.Get<MonthlyReportQueries>().LoadAsync(null, new DateOnly(2026, 12, 1));
        Assert.Equal(Row(before, "XY").Assisted + 1, Row(after, "XY").Assisted);
        Assert.Equal(before.Points.Single(p => p.PointCode == "XY01").Accepted + 1, after.Points.Single(p => p.PointCode == "XY01").Accepted);
        Assert.Equal("XY", after.Points.Single(p => p.PointCode == "XY01").HallCode);
        Assert.Contains(after.Points, p => p.PointCode == "SDG01");
        Assert.DoesNotContain((await _factory.Get<MonthlyReportQueries>().LoadAsync("SDG", new DateOnly(2026, 12, 1))).Points, p => p.PointCode == "XY01");
    }

    [Fact]
    public async Task DelegatedDecision_GoesOutInTheStreetHallsName_WithItsNumber()
    {
        var result = await TakeInAsync("agent-xy01", DocumentCases.Zhang, Dibao, DibaoMaterials);
        var version = (await LoadAsync(result.CaseNumber)).Tasks.Single().Version;
        await _factory.Get<ApproveReviewTask>().HandleAsync(await _factory.ActorAsync("reviewer-xy"), result.CaseNumber, version, "家庭收入低于当地低保标准，准予");

        var decision = Assert.Single(await DocumentCases.DocumentsAsync(_factory, result.CaseNumber), d => d.Kind == DocumentKind.Decision);
        Assert.Matches(new Regex(@"^向阳政服许字〔2026〕第\d{4}号$"), decision.Number);
        var text = PdfText.Of(decision.Content);
        Assert.Contains("向阳街道便民服务中心（印章）", text);
        Assert.Contains(decision.Number, text);
        Assert.DoesNotContain("民政局（印章）", text);
    }

    [Fact]
    public async Task UndelegatedDecision_StillGoesOutInTheDepartmentsName()
    {
        var result = await TakeInAsync("agent-sdg01", DocumentCases.Zhang, Dibao, DibaoMaterials);
        var version = (await LoadAsync(result.CaseNumber)).Tasks.Single().Version;
        await _factory.Get<ApproveReviewTask>().HandleAsync(await _factory.ActorAsync("reviewer-mz"), result.CaseNumber, version, "准予");

        var decision = Assert.Single(await DocumentCases.DocumentsAsync(_factory, result.CaseNumber), d => d.Kind == DocumentKind.Decision);
        Assert.StartsWith("爱民", decision.Number, StringComparison.Ordinal);
        Assert.DoesNotContain("向阳", PdfText.Of(decision.Content));
    }

    [Fact]
    public async Task RetiredPoint_ItsAgentTakesInNothing_AndNothingIsWritten()
    {
        await _factory.Get<HallDesk.Web.Features.Admin.CreateAgencyPoint>().HandleAsync(
            new("XY", "XY09", "光华社区代办点", "爱民区向阳街道光华街 9 号"), await _factory.ActorAsync("district"));
        await _factory.Get<HallDesk.Web.Features.Admin.Staff.CreateStaffAccount>().HandleAsync(
            new("XY", "agent-xy09", "光华社区代办员", "XY3009", Roles.Agent, null, HallDeskFactory.Password, "XY09"), await _factory.ActorAsync("admin"));
        await _factory.Get<HallDesk.Web.Features.Admin.RetireAgencyPoint>().HandleAsync("XY09", await _factory.ActorAsync("district"));
        await using var db = await _factory.DbAsync();
        var cases = await db.Cases.CountAsync();

        var refused = await Assert.ThrowsAsync<DomainException>(() => TakeInAsync("agent-xy09", DocumentCases.Zhang, Dibao, DibaoMaterials));

        Assert.Contains("光华社区代办点已停用", Texts.Of(refused, Texts.Chinese));
        Assert.Equal(cases, await db.Cases.CountAsync());
    }

    private async Task<TakeInApplication.Result> TakeInAsync(string userName, Applicant applicant, string subject, string[] submitted) =>
        await _factory.Get<TakeInApplication>().HandleAsync(
            new TakeInApplication.Command(applicant, subject, submitted, IntakeDecision.Accept), await _factory.ActorAsync(userName));

    private async Task<InboxPage> InboxAsync(string userName)
    {
        var reviewer = await _factory.StaffAsync(userName);
        return await _factory.Get<ReviewQueries>().InboxAsync(new InboxQuery(reviewer.DepartmentCode, InboxFilter.Open, null, null, 0, 500, reviewer.HallCode));
    }

    private async Task<Case> LoadAsync(string number)
    {
        await using var db = await _factory.DbAsync();
        return await db.Cases.Include(c => c.Tasks).SingleAsync(c => c.CaseNumber == number);
    }

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = LoginClient.Create(_factory);
        Assert.Equal(HttpStatusCode.Redirect, (await LoginClient.SignInAsync(client, userName, HallDeskFactory.Password)).StatusCode);
        return client;
    }

    private static MonthlyHallRow Row(MonthlyReport report, string hall) => report.Rows.Single(r => r.HallCode == hall);
}
