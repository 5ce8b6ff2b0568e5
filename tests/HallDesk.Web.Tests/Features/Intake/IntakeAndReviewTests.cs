using System.Net;
using System.Text.Json;
using HallDesk.Domain;
using HallDesk.Domain.Cases;
using HallDesk.Data;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Features.Review;
using HallDesk.Web.Infrastructure;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Tests.Features.Intake;

/// <summary>受理 → 审查 → 办结 → 送达 through the real use cases, the demo catalog and a real SQLite file.</summary>
public class IntakeAndReviewTests : IClassFixture<HallDeskFactory>
{
    // 张建华 holds 居民身份证, 户口簿 and 结婚证 in the demo 电子证照 table.
    private static readonly Applicant Zhang = new(ApplicantKind.Person, "张建华", "231004196803120310", "13812345678", null, null);
    // 牡丹江鸿福餐饮管理有限公司 holds a 营业执照.
    internal static readonly Applicant Hongfu = new(ApplicantKind.Organisation, "牡丹江鸿福餐饮管理有限公司", "91231004MA72K3QX5M", "13987654321", "马文斌", null);
    internal const string Signboard = "23100400CG-XK-0001"; // 户外招牌设置审批, 城管, 3 working days
    private const string SoleTrader = "23100400SJ-XK-0002"; // 个体工商户设立登记, 即办
    private const string Restaurant = "YJS-0002"; // 开办餐饮店

    private readonly HallDeskFactory _factory;

    public IntakeAndReviewTests(HallDeskFactory factory) => _factory = factory;

    [Fact]
    public async Task Accept_InstantItem_ConcludesAtOnce_LicenceAndSharedMaterialsNotAsked()
    {
        var result = await TakeInAsync(Zhang, SoleTrader, ["application-gtgs"], IntakeDecision.Accept);

        Assert.Equal(CaseStatus.Concluded, result.Status);
        Assert.Equal(CaseOutcome.Approved, result.Outcome);
        var c = await LoadAsync(result.CaseNumber);
        Assert.Equal(MaterialState.FromLicence, c.Materials.Single(m => m.Key == "id-card").State);
        Assert.Equal(MaterialState.FromDepartment, c.Materials.Single(m => m.Key == "premises-proof").State);
        Assert.Equal(MaterialState.Submitted, c.Materials.Single(m => m.Key == "application-gtgs").State);
    }

    [Fact]
    public async Task Accept_WithRequiredMaterialMissing_IsRefusedAndWritesNothing()
    {
        var before = await CountCasesAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() => TakeInAsync(Hongfu, Signboard, ["application-hwzp"], IntakeDecision.Accept));

        Assert.Contains("招牌", Texts.Of(error, Texts.Chinese));
        Assert.Equal(before, await CountCasesAsync());
    }

    [Fact]
    public async Task Correction_ListsEverythingMissing_ThenResubmissionAcceptsTheCase()
    {
        var result = await TakeInAsync(Hongfu, Signboard, [], IntakeDecision.Correction);

        Assert.Equal(CaseStatus.AwaitingCorrection, result.Status);
        Assert.Equal(2, result.Missing.Count);
        await _factory.Get<ProvideCorrection>().HandleAsync(await ClerkAsync(), result.CaseNumber, ["application-hwzp", "signboard-design"]);
        var c = await LoadAsync(result.CaseNumber);
        Assert.Equal(CaseStatus.UnderReview, c.Status);
        Assert.NotNull(c.PromisedDate);
        Assert.Single(c.Tasks);
    }

    [Fact]
    public async Task Reject_WithoutLegalBasis_IsRefused_WithItIsRecorded()
    {
        await Assert.ThrowsAsync<DomainException>(() => TakeInAsync(Hongfu, Signboard, [], IntakeDecision.Reject, "不属于本区管辖", ""));

        var result = await TakeInAsync(Hongfu, Signboard, [], IntakeDecision.Reject, "招牌设置位置不在本区范围", "《中华人民共和国行政许可法》第三十二条");

        Assert.Equal(CaseStatus.NotAccepted, result.Status);
        Assert.Equal("《中华人民共和国行政许可法》第三十二条", (await LoadAsync(result.CaseNumber)).RejectLegalBasis);
    }

    [Fact]
    public async Task Intake_BadIdNumberAndPhone_ReportsEachFieldInChinese()
    {
        var bad = Zhang with { IdNumber = "231004196803120311", Phone = "12345" };

        var error = await Assert.ThrowsAsync<FieldErrorsException>(() => TakeInAsync(bad, SoleTrader, ["application-gtgs"], IntakeDecision.Accept));

        Assert.Contains("校验位", Texts.Of(error.Errors["idNumber"], Texts.Chinese));
        Assert.Contains("手机", Texts.Of(error.Errors["phone"], Texts.Chinese));
    }

    [Fact]
    public async Task Bundle_SplitsIntoParallelTasks_ConcludesWhenAllDecided_ThenDeliveredByMail()
    {
        var result = await TakeInAsync(Hongfu, Restaurant,
            ["id-card", "legal-rep-id", "application-gtgs", "application-spjy", "equipment-layout-spjy", "food-safety-rules-spjy", "application-hwzp", "signboard-design",
             "application-xfjc", "commitment-xfjc", "fire-safety-rules", "application-ps", "drainage-plan"],
            IntakeDecision.Accept);
        var c = await LoadAsync(result.CaseNumber);
        Assert.Equal(["cg", "scjg", "xf", "zj"], c.Tasks.Select(t => t.DepartmentCode).Order());
        // 个体工商户设立登记 is 即办, but 食品经营许可 (no commitment signed) keeps 市场监管's part in review.
        Assert.Equal(ReviewStatus.Pending, c.Tasks.Single(t => t.DepartmentCode == "scjg").Status);

        foreach (var department in new[] { "scjg", "cg", "xf", "zj" })
        {
            var inbox = await _factory.Get<ReviewQueries>().InboxAsync(new InboxQuery(department, InboxFilter.Open, null, null, 0, 20));
            Assert.Contains(inbox.Rows, r => r.CaseNumber == result.CaseNumber);
            var version = c.Tasks.Single(t => t.DepartmentCode == department).Version;
            await _factory.Get<ApproveReviewTask>().HandleAsync(await _factory.ActorAsync($"reviewer-{department}"), result.CaseNumber, version, "材料齐全，符合条件");
        }

        Assert.Equal(CaseStatus.Concluded, (await LoadAsync(result.CaseNumber)).Status);
        var clerk = await ClerkAsync();
        await _factory.Get<SendCaseByMail>().HandleAsync(new(result.CaseNumber, "爱民区东关街 18 号", "中国邮政 EMS", "1180000000001"), clerk);
        await _factory.Get<ConfirmMailDelivery>().HandleAsync(clerk, result.CaseNumber);
        var delivered = await LoadAsync(result.CaseNumber);
        Assert.Equal(CaseStatus.Delivered, delivered.Status);
        Assert.Equal(CaseOutcome.Approved, delivered.Outcome);
    }

    [Fact]
    public async Task Accept_WithSignedCommitment_CommitmentItemsConcludeAtOnce()
    {
        var result = await _factory.Get<TakeInApplication>().HandleAsync(
            new TakeInApplication.Command(Hongfu, Signboard, ["application-hwzp", "signboard-design"], IntakeDecision.Accept, Commitment: true),
            await ClerkAsync());

        Assert.Equal(CaseStatus.Concluded, result.Status);
        Assert.Equal(CaseOutcome.Approved, result.Outcome);
    }

    [Fact]
    public async Task Review_StaleVersion_IsRefusedAndNothingChanges()
    {
        var result = await TakeInAsync(Hongfu, Signboard, ["application-hwzp", "signboard-design"], IntakeDecision.Accept);
        var reviewer = await _factory.ActorAsync("reviewer-cg");
        var seen = (await LoadAsync(result.CaseNumber)).Tasks.Single().Version;
        await _factory.Get<SuspendReviewTask>().HandleAsync(reviewer, result.CaseNumber, seen, "需现场勘验", SuspensionKind.Inspection);

        var error = await Assert.ThrowsAsync<DomainException>(() => _factory.Get<ApproveReviewTask>().HandleAsync(reviewer, result.CaseNumber, seen, "同意"));

        Assert.Contains("他人处理", Texts.Of(error, Texts.Chinese));
        var task = (await LoadAsync(result.CaseNumber)).Tasks.Single();
        Assert.Equal(ReviewStatus.Pending, task.Status);
        Assert.True(task.IsSuspended);
    }

    [Fact]
    public async Task Review_OtherDepartmentsCase_IsRefused()
    {
        var result = await TakeInAsync(Hongfu, Signboard, ["application-hwzp", "signboard-design"], IntakeDecision.Accept);

        var other = await _factory.ActorAsync("reviewer-bdc");

        var error = await Assert.ThrowsAsync<DomainException>(() => _factory.Get<ApproveReviewTask>().HandleAsync(other, result.CaseNumber, 0, "同意"));

        Assert.Contains("没有本部门", Texts.Of(error, Texts.Chinese));
    }

    [Fact]
    public async Task ProgressApi_RightPair_ShowsStatusMasked_WrongPairGivesOneAnswer()
    {
        var result = await TakeInAsync(Zhang, SoleTrader, ["application-gtgs"], IntakeDecision.Accept);
        var client = _factory.CreateClient();

        var ok = await client.GetAsync($"/api/v1/cases/{result.CaseNumber}?phoneLast4=5678");
        var wrongPhone = await client.GetAsync($"/api/v1/cases/{result.CaseNumber}?phoneLast4=0000");
        var wrongCase = await client.GetAsync("/api/v1/cases/AM209901010001?phoneLast4=5678");
        var badInput = await client.GetAsync($"/api/v1/cases/{result.CaseNumber}?phoneLast4=56");

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var body = await ok.Content.ReadAsStringAsync();
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal("已办结", json.GetProperty("statusLabel").GetString());
        Assert.Equal("张*华", json.GetProperty("applicant").GetString());
        Assert.DoesNotContain("231004196803120310", body);
        Assert.DoesNotContain("13812345678", body);
        Assert.Equal(HttpStatusCode.NotFound, wrongPhone.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongCase.StatusCode);
        Assert.Equal(
            JsonDocument.Parse(await wrongPhone.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString(),
            JsonDocument.Parse(await wrongCase.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badInput.StatusCode);
    }

    internal static async Task<TakeInApplication.Result> TakeInAsync(HallDeskFactory factory, Applicant applicant, string subject, string[] submitted, IntakeDecision decision) =>
        await factory.Get<TakeInApplication>().HandleAsync(new TakeInApplication.Command(applicant, subject, submitted, decision), await factory.ActorAsync("clerk1"));

    private async Task<TakeInApplication.Result> TakeInAsync(Applicant applicant, string subject, string[] submitted, IntakeDecision decision, string? reason = null, string? basis = null) =>
        await _factory.Get<TakeInApplication>().HandleAsync(new TakeInApplication.Command(applicant, subject, submitted, decision, reason, basis), await ClerkAsync());

    private Task<Actor> ClerkAsync() => _factory.ActorAsync("clerk1");

    private async Task<Case> LoadAsync(string number)
    {
        await using var db = await _factory.DbAsync();
        return await db.Cases.Include(c => c.Tasks).SingleAsync(c => c.CaseNumber == number);
    }

    private async Task<int> CountCasesAsync()
    {
        await using var db = await _factory.DbAsync();
        return await db.Cases.CountAsync();
    }
}
