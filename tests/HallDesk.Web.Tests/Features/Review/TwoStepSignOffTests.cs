using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Review;
using HallDesk.Web.Tests.Features.Documents;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Review;

/// <summary>
/// 药品零售经营许可 asks for 审核 then 审批 (issue 16 item 4), through the real use cases: the same account can never do
/// both, a reviewer without the 审批 permission cannot decide, and the decision names 审核人 and 审批人.
/// </summary>
public sealed class TwoStepSignOffTests(HallDeskFactory factory) : IClassFixture<HallDeskFactory>
{
    private const string PharmacyLicence = "23100400SJ-XK-0007";

    [Fact]
    public async Task CheckAndApprove_BySameAccount_IsRefused_AndNothingIsDecided()
    {
        var number = await AcceptAsync();
        var approver = await factory.ActorAsync("approver-scjg");
        await factory.Get<CheckReviewTask>().HandleAsync(approver, number, await VersionAsync(number), true, "材料齐全，建议准予");

        var ex = await Assert.ThrowsAsync<DomainException>(() =>
            factory.Get<ApproveReviewTask>().HandleAsync(approver, number, VersionAsync(number).Result, "准予许可"));

        Assert.Equal("Review.SameSignerTwice", ex.Key);
        var c = await DocumentCases.LoadAsync(factory, number);
        Assert.Equal((CaseStatus.UnderReview, ReviewStatus.Pending), (c.Status, c.Tasks.Single().Status));
    }

    [Fact]
    public async Task Approve_ByAReviewerWithoutThePermission_IsRefused()
    {
        var number = await AcceptAsync();
        var reviewer = await factory.ActorAsync("reviewer-scjg");
        await factory.Get<CheckReviewTask>().HandleAsync(await factory.ActorAsync("approver-scjg"), number, await VersionAsync(number), true, "建议准予");

        var ex = await Assert.ThrowsAsync<DomainException>(() =>
            factory.Get<ApproveReviewTask>().HandleAsync(reviewer, number, VersionAsync(number).Result, "准予许可"));

        Assert.Equal("Review.ApproverOnly", ex.Key);
    }

    [Fact]
    public async Task CheckThenApprove_ByTwoPeople_TheDecisionNamesBoth_AndBothStepsAreAudited()
    {
        var number = await AcceptAsync();
        await factory.Get<CheckReviewTask>().HandleAsync(await factory.ActorAsync("reviewer-scjg"), number, await VersionAsync(number), true, "材料齐全，建议准予");
        await factory.Get<ApproveReviewTask>().HandleAsync(await factory.ActorAsync("approver-scjg"), number, await VersionAsync(number), "同意，准予许可");

        var decision = Assert.Single(await DocumentCases.DocumentsAsync(factory, number), d => d.Kind == DocumentKind.Decision);
        var text = PdfText.Of(decision.Content);
        Assert.StartsWith("牡丹江市爱民区市场监督管理局准予许可决定书", text);
        Assert.Contains("审核人区市场监督管理局审批员", text);
        Assert.Contains("审批人区市场监督管理局审批科长", text);
        await using var db = await factory.DbAsync();
        var actions = await db.AuditEntries.Where(a => a.Subject == number).Select(a => a.Action + "/" + a.Actor).ToListAsync();
        Assert.Contains("review.check/reviewer-scjg", actions);
        Assert.Contains("review.approve/approver-scjg", actions);
    }

    private async Task<string> AcceptAsync() => await ReviewCases.AcceptAsync(factory, PharmacyLicence);

    private async Task<int> VersionAsync(string number) => (await DocumentCases.LoadAsync(factory, number)).Tasks.Single().Version;
}
