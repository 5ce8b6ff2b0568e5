using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Features.Review;
using HallDesk.Web.Localization;
using HallDesk.Web.Tests.Features.Documents;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Intake;

/// <summary>
/// 容缺受理 through the real intake and review: 食品经营许可 lets its 食品安全管理制度 be owed (Data/Seed/catalog.json);
/// the 受理通知书 lists it with its day, the department cannot approve before the window receives it, a key material never.
/// </summary>
public sealed class DeferredAcceptanceTests(HallDeskFactory factory) : IClassFixture<HallDeskFactory>
{
    private const string FoodLicence = "23100400SJ-XK-0001";
    private const string Rules = "food-safety-rules-spjy";
    private static readonly string[] Handed = ["application-spjy", "legal-rep-id", "equipment-layout-spjy"];

    [Fact]
    public async Task AcceptWithRulesOwed_ReceiptListsThem_NoApprovalUntilReceivedAtTheWindow_Audited()
    {
        var due = new DateOnly(2026, 12, 8);
        var result = await TakeInAsync([Rules], due);

        Assert.Equal(CaseStatus.UnderReview, result.Status);
        var receipt = PdfText.Of((await DocumentCases.DocumentsAsync(factory, result.CaseNumber)).Single(d => d.Kind == DocumentKind.Acceptance).Content);
        Assert.Contains("主要申请材料齐全、符合法定形式，申请人已书面承诺限期补齐容缺材料", receipt);
        Assert.Contains("容缺材料（申请人书面承诺限期补齐）", receipt);
        Assert.Contains("食品安全自查", receipt);
        Assert.Contains("2026年12月8日前", receipt);
        var owed = Assert.Single(await factory.Get<OwedMaterialQueries>().HallOwedAsync("AM", 50), o => o.CaseNumber == result.CaseNumber);
        Assert.Equal(due, owed.OwedBy);

        var reviewer = await factory.ActorAsync("reviewer-scjg");
        var refused = await Assert.ThrowsAsync<DomainException>(async () =>
            await factory.Get<ApproveReviewTask>().HandleAsync(reviewer, result.CaseNumber, await VersionAsync(result.CaseNumber), "符合条件"));
        Assert.StartsWith("容缺材料尚未补齐", Texts.Of(refused, Texts.Chinese));
        Assert.Contains("2026-12-08", Texts.Of(refused, Texts.Chinese));
        Assert.Equal(CaseStatus.UnderReview, (await DocumentCases.LoadAsync(factory, result.CaseNumber)).Status);

        await factory.Get<ReceiveOwedMaterials>().HandleAsync(await factory.ActorAsync("clerk1"), result.CaseNumber, [Rules]);
        await factory.Get<ApproveReviewTask>().HandleAsync(reviewer, result.CaseNumber, await VersionAsync(result.CaseNumber), "符合条件");

        var c = await DocumentCases.LoadAsync(factory, result.CaseNumber);
        Assert.Equal((CaseStatus.Concluded, (DateOnly?)null), (c.Status, c.OwedBy));
        Assert.Equal(MaterialState.Submitted, c.Materials.Single(m => m.Key == Rules).State);
        Assert.DoesNotContain(await factory.Get<OwedMaterialQueries>().HallOwedAsync("AM", 50), o => o.CaseNumber == result.CaseNumber);
        await using var db = await factory.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Subject == result.CaseNumber && a.Action == "case.owed-received" && a.Outcome == AuditOutcome.Ok));
    }

    [Fact]
    public async Task AcceptWithAKeyMaterialOwed_IsRefusedAndNothingIsStored()
    {
        await using var db = await factory.DbAsync();
        var cases = await db.Cases.CountAsync();
        var clerk = await factory.ActorAsync("clerk1");

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            factory.Get<TakeInApplication>().HandleAsync(
                new TakeInApplication.Command(DocumentCases.Hongfu, FoodLicence, [.. Handed.Skip(1), Rules], IntakeDecision.Accept,
                    Owed: ["application-spjy"], OwedBy: new DateOnly(2026, 12, 8)),
                clerk));

        Assert.Equal("“食品经营许可申请书”是核心要件，不能容缺受理；请申请人补正后再受理。", Texts.Of(refused, Texts.Chinese));
        Assert.Equal(cases, await db.Cases.CountAsync());
    }

    [Fact]
    public async Task OwedPastItsDay_IsOverdueForTheWindow()
    {
        var result = await TakeInAsync([Rules], new DateOnly(2026, 12, 3));

        var owed = Assert.Single(await factory.Get<OwedMaterialQueries>().HallOwedAsync("AM", 50), o => o.CaseNumber == result.CaseNumber);

        Assert.False(owed.Overdue(new DateOnly(2026, 12, 3)));
        Assert.True(owed.Overdue(new DateOnly(2026, 12, 4)));
    }

    private async Task<TakeInApplication.Result> TakeInAsync(string[] owed, DateOnly due) =>
        await factory.Get<TakeInApplication>().HandleAsync(
            new TakeInApplication.Command(DocumentCases.Hongfu, FoodLicence, Handed, IntakeDecision.Accept, Owed: owed, OwedBy: due),
            await factory.ActorAsync("clerk1"));

    private async Task<int> VersionAsync(string caseNumber) => (await DocumentCases.LoadAsync(factory, caseNumber)).Tasks.Single().Version;
}
