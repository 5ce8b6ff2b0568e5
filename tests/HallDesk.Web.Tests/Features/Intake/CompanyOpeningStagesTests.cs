using HallDesk.Domain.Applicants;
using HallDesk.Domain.Cases;
using HallDesk.Domain.Catalog;
using HallDesk.Data;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Features.Review;
using HallDesk.Web.Tests.Features.Documents;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Intake;

/// <summary>一件事一条链 through the real use cases: 企业开办 in two stages, the licence of stage 1 supplying stage 2.</summary>
public class CompanyOpeningStagesTests : IClassFixture<HallDeskFactory>
{
    private const string CompanyOpening = "YJS-0001";
    private const string HouseSale = "YJS-0004"; // 二手房转移登记及水电气联动过户
    private static readonly string[] SecondStage = ["ga", "sw", "rs", "yb", "gjj"];

    /// <summary>Everything but the 营业执照, which stage 1 issues; the applicant has no credit code, so no licence is found for it.</summary>
    private static readonly string[] Materials =
    [
        "application-qysl", "company-articles", "legal-rep-id", "shareholder-identity", "officer-appointment", "agent-id",
        "application-yzkz", "application-fp", "application-sbdj", "application-ybdw", "application-gjkh", "power-of-attorney",
    ];

    private readonly HallDeskFactory _factory;

    public CompanyOpeningStagesTests(HallDeskFactory factory) => _factory = factory;

    // 王晓燕 applies for the company as its agent: identified by her ID number, with a 授权委托书.
    private static Applicant NewCompany(string name) => new(ApplicantKind.Organisation, name, "", "13912345678", "马文斌", "王晓燕") { AgentIdNumber = "231004198802287310" };

    [Fact]
    public async Task CompanyOpening_WalksItsStages_LicenceOfStageOneSatisfiesStageTwo_HandedOverOnce()
    {
        var taken = await TakeInAsync(NewCompany("牡丹江新禾商贸有限公司"));

        var accepted = await LoadAsync(taken.CaseNumber);
        Assert.Equal(CaseStatus.UnderReview, accepted.Status);
        Assert.Equal("scjg", Assert.Single(accepted.Tasks).DepartmentCode);
        Assert.Equal(MaterialState.FromStage, accepted.Materials.Single(m => m.Key == "business-licence").State);
        foreach (var department in SecondStage)
        {
            Assert.DoesNotContain(await InboxAsync(department), r => r.CaseNumber == taken.CaseNumber);
        }

        await ApproveAsync(taken.CaseNumber, "scjg");

        var opened = await LoadAsync(taken.CaseNumber);
        Assert.True(CreditCode.IsValid(opened.ApplicantIdNumber), opened.ApplicantIdNumber);
        Assert.StartsWith("91231004", opened.ApplicantIdNumber);
        var licence = opened.Materials.Single(m => m.Key == "business-licence");
        Assert.Equal(MaterialState.FromLicence, licence.State);
        Assert.Equal($"电子证照 营业执照 {opened.ApplicantIdNumber}", licence.Source);
        foreach (var department in SecondStage)
        {
            Assert.Contains(await InboxAsync(department), r => r.CaseNumber == taken.CaseNumber && r.TaskStatus == ReviewStatus.Pending);
        }

        var registered = await _factory.Get<ILicenceRegistry>().FindAsync(opened.ApplicantIdNumber, DateOnly.FromDateTime(DateTime.UtcNow));
        Assert.Equal(("营业执照", "牡丹江市爱民区市场监督管理局"), (Assert.Single(registered).Type, registered[0].Issuer));
        Assert.Equal([DocumentKind.Acceptance], (await DocumentCases.DocumentsAsync(_factory, taken.CaseNumber)).Select(d => d.Kind));

        foreach (var department in SecondStage)
        {
            await ApproveAsync(taken.CaseNumber, department);
        }

        await _factory.Get<DeliverCaseAtWindow>().HandleAsync(await _factory.ActorAsync("clerk1"), taken.CaseNumber, await DocumentCases.ApplicantCollectsAsync(_factory, taken.CaseNumber));
        var delivered = await LoadAsync(taken.CaseNumber);
        Assert.Equal((CaseStatus.Delivered, CaseOutcome.Approved), (delivered.Status, delivered.Outcome));
        // Each department decides its part in its own name; the window delivers them with one 送达回证.
        var departments = delivered.Tasks.Select(t => t.DepartmentCode).Distinct().Count();
        Assert.Equal([DocumentKind.Acceptance, .. Enumerable.Repeat(DocumentKind.Decision, departments), DocumentKind.DeliveryReceipt],
            (await DocumentCases.DocumentsAsync(_factory, taken.CaseNumber)).Select(d => d.Kind));
    }

    [Fact]
    public async Task CompanyOpening_ApplicantAskedForEachResult_StageOneHandedOverWithItsOwnReceipt()
    {
        var taken = await TakeInAsync(NewCompany("牡丹江禾丰农资有限公司"), deliverEachResult: true);
        var clerk = await _factory.ActorAsync("clerk1");
        await ApproveAsync(taken.CaseNumber, "scjg");

        await _factory.Get<HandOverStageResults>().HandleAsync(clerk, taken.CaseNumber);

        var c = await LoadAsync(taken.CaseNumber);
        Assert.True(c.DeliverEachResult);
        Assert.Equal((1, CaseStatus.UnderReview), (c.HandedOverStage, c.Status));
        var receipt = Assert.Single(await DocumentCases.DocumentsAsync(_factory, taken.CaseNumber), d => d.Kind == DocumentKind.DeliveryReceipt);
        Assert.Contains("第1阶段办理结果", PdfText.Of(receipt.Content));
    }

    [Fact]
    public async Task HouseSale_UtilityTransfersBecomeTasksOfTheUtilitiesDesks_WhenTheRegistrationConcludes()
    {
        var taken = await DocumentCases.TakeInAsync(_factory, DocumentCases.Zhang, HouseSale,
            ["sales-contract", "application-qs", "application-bdc", "utility-transfer-form"]);
        Assert.DoesNotContain(await InboxAsync("gs"), r => r.CaseNumber == taken.CaseNumber);

        await ApproveAsync(taken.CaseNumber, "bdc");

        await using var db = await _factory.DbAsync();
        var utilities = await db.Departments.Where(d => d.Kind == DepartmentKind.PublicServiceEnterprise).Select(d => d.Code).ToListAsync();
        Assert.Equal(["gd", "gs", "rq"], utilities.Order());
        foreach (var desk in utilities)
        {
            Assert.Contains(await InboxAsync(desk), r => r.CaseNumber == taken.CaseNumber && r.ItemNames.EndsWith("过户", StringComparison.Ordinal));
        }
    }

    private async Task<TakeInApplication.Result> TakeInAsync(Applicant company, bool deliverEachResult = false) =>
        await _factory.Get<TakeInApplication>().HandleAsync(
            new TakeInApplication.Command(company, CompanyOpening, Materials, IntakeDecision.Accept, DeliverEachResult: deliverEachResult),
            await _factory.ActorAsync("clerk1"));

    private async Task ApproveAsync(string caseNumber, string department)
    {
        var task = (await LoadAsync(caseNumber)).TaskOf(department);
        await _factory.Get<ApproveReviewTask>().HandleAsync(await _factory.ActorAsync($"reviewer-{department}"), caseNumber, task.Version, "符合条件");
    }

    private async Task<IReadOnlyList<InboxRow>> InboxAsync(string department) =>
        (await _factory.Get<ReviewQueries>().InboxAsync(new InboxQuery(department, InboxFilter.Open, null, null, 0, 50))).Rows;

    private Task<Case> LoadAsync(string caseNumber) => DocumentCases.LoadAsync(_factory, caseNumber);
}
