using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Manager;
using HallDesk.Web.Features.Review;
using HallDesk.Web.Tests.Features.Documents;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Review;

/// <summary>
/// 特别程序 with its kind and cap (issue 16 item 7): the 告知书 names both; only the hall's manager may let the clock stand
/// still longer, and that is audited.
/// </summary>
public sealed class SuspensionCapTests(HallDeskFactory factory) : IClassFixture<HallDeskFactory>
{
    [Fact]
    public async Task Suspend_TheNoticeNamesTheKindAndTheCap()
    {
        var number = await SuspendedSignboardAsync(SuspensionKind.ExpertReview, "招牌结构安全专家评审");

        var notice = Assert.Single(await DocumentCases.DocumentsAsync(factory, number), d => d.Kind == DocumentKind.Suspension);
        var text = PdfText.Of(notice.Content);
        Assert.Contains("第四十五条", text);
        Assert.Contains("专家评审：招牌结构安全专家评审", text);
        Assert.Contains("60个工作日", text);
        Assert.Contains("须经大厅负责人批准", text);
    }

    [Fact]
    public async Task ApproveSuspensionExtension_ByTheHallManager_AddsTheDays_AndIsAudited()
    {
        var number = await SuspendedSignboardAsync(SuspensionKind.Hearing, "举行听证");

        await factory.Get<ApproveSuspensionExtension>().HandleAsync(await factory.StaffAsync("manager"), number, "cg", 10, "听证参加人申请延期");

        var task = (await DocumentCases.LoadAsync(factory, number)).Tasks.Single();
        Assert.Equal((10, 70), (task.SuspensionExtraDays, task.SuspensionDaysLeft));
        await using var db = await factory.DbAsync();
        Assert.Equal("manager", (await db.AuditEntries.SingleAsync(a => a.Subject == number && a.Action == "review.suspension-extend")).Actor);
    }

    [Fact]
    public async Task ApproveSuspensionExtension_ByAReviewer_IsRefused_AndChangesNothing()
    {
        var number = await SuspendedSignboardAsync(SuspensionKind.Testing, "检测");
        var reviewer = await factory.StaffAsync("reviewer-cg");

        var ex = await Assert.ThrowsAsync<DomainException>(() =>
            factory.Get<ApproveSuspensionExtension>().HandleAsync(reviewer, number, "cg", 10, "想多要几天"));

        Assert.Equal("Review.ExtensionManagerOnly", ex.Key);
        Assert.Equal(0, (await DocumentCases.LoadAsync(factory, number)).Tasks.Single().SuspensionExtraDays);
        await using var db = await factory.DbAsync();
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Subject == number && a.Action == "review.suspension-extend"));
    }

    private async Task<string> SuspendedSignboardAsync(SuspensionKind kind, string reason)
    {
        var result = await DocumentCases.TakeInAsync(factory, DocumentCases.Hongfu, DocumentCases.Signboard, DocumentCases.SignboardMaterials);
        var version = (await DocumentCases.LoadAsync(factory, result.CaseNumber)).Tasks.Single().Version;
        await factory.Get<SuspendReviewTask>().HandleAsync(await factory.ActorAsync("reviewer-cg"), result.CaseNumber, version, reason, kind);
        return result.CaseNumber;
    }
}
