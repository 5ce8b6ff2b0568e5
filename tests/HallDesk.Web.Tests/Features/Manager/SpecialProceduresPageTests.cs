using AngleSharp.Dom;
using Bunit;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Manager;
using HallDesk.Web.Features.Review;
using HallDesk.Web.Tests.Features.Documents;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Manager;

/// <summary>
/// Issue 16 item 7: the hall manager sees the hall's running 特别程序 with what each allows and approves more days from a
/// page (the use case alone had no screen).
/// </summary>
public sealed class SpecialProceduresPageTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public SpecialProceduresPageTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Fact]
    public async Task RunningSpecialProcedure_IsListedWithItsAllowance_TheManagerApprovesMoreDays()
    {
        var taken = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Signboard, DocumentCases.SignboardMaterials);
        var version = (await DocumentCases.LoadAsync(_factory, taken.CaseNumber)).Tasks.Single().Version;
        await _factory.Get<SuspendReviewTask>().HandleAsync(await _factory.ActorAsync("reviewer-cg"), taken.CaseNumber, version, "招牌结构安全鉴定", SuspensionKind.Appraisal);
        var key = $"{taken.CaseNumber}-cg";

        await SignInAsync(await _factory.ActorAsync("manager"));
        var page = Render<SpecialProceduresPage>();
        await page.WaitForElementAsync($"[data-testid=special-row-{key}]");
        var row = page.Find($"[data-testid=special-row-{key}]");
        Assert.Contains("鉴定", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("招牌结构安全鉴定", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("0 / 60", page.Find($"[data-testid=special-days-{key}]").TextContent.Trim());

        Input(page, $"special-extra-{key}").Change("15");
        Input(page, $"special-reason-{key}").Change("鉴定机构出具报告需延期");
        await page.Find($"[data-testid=special-approve-{key}]").ClickAsync(new());

        await page.WaitForAssertionAsync(() => Assert.Equal("0 / 75", page.Find($"[data-testid=special-days-{key}]").TextContent.Trim()));
        var task = (await DocumentCases.LoadAsync(_factory, taken.CaseNumber)).Tasks.Single();
        Assert.Equal(15, task.SuspensionExtraDays);
        await using var db = await _factory.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Subject == taken.CaseNumber && a.Action == "review.suspension-extend" && a.Actor == "manager"));
    }

    [Fact]
    public async Task WithoutAReason_NothingIsExtended()
    {
        var taken = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Signboard, DocumentCases.SignboardMaterials);
        var version = (await DocumentCases.LoadAsync(_factory, taken.CaseNumber)).Tasks.Single().Version;
        await _factory.Get<SuspendReviewTask>().HandleAsync(await _factory.ActorAsync("reviewer-cg"), taken.CaseNumber, version, "检验", SuspensionKind.Inspection);
        var key = $"{taken.CaseNumber}-cg";

        await SignInAsync(await _factory.ActorAsync("manager"));
        var page = Render<SpecialProceduresPage>();
        await page.WaitForElementAsync($"[data-testid=special-approve-{key}]");
        await page.Find($"[data-testid=special-approve-{key}]").ClickAsync(new());

        await page.WaitForAssertionAsync(() => Assert.Equal("0 / 60", page.Find($"[data-testid=special-days-{key}]").TextContent.Trim()));
        Assert.Equal(0, (await DocumentCases.LoadAsync(_factory, taken.CaseNumber)).Tasks.Single().SuspensionExtraDays);
    }

    private static IElement Input(IRenderedComponent<SpecialProceduresPage> page, string testId)
    {
        var element = page.Find($"[data-testid={testId}]");
        return element.TagName == "INPUT" ? element : element.QuerySelector("input")!;
    }
}
