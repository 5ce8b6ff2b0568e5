using Bunit;
using HallDesk.Domain.Evaluations;
using HallDesk.Data;
using HallDesk.Web.Features.Evaluation;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HallDesk.Web.Tests.Features.Evaluation.Manager;

/// <summary>The manager's rectification page rendered with bUnit over the real use cases and a real SQLite file.</summary>
public sealed class RectificationsPageTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public RectificationsPageTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    private IEnumerable<string> Snacks => Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message ?? "");

    [Fact]
    public async Task OverdueOrder_IsShownInRedWithItsFlag_AnOrderStillInTimeIsNot()
    {
        var late = await RatedCases.BadRatingAsync(_factory);
        // Wednesday 12-09, 10:00 in Shanghai: the first order's deadline (12-08) has passed.
        _factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 9, 2, 0, 0, TimeSpan.Zero));
        var fresh = await RatedCases.BadRatingAsync(_factory);
        await SignInAsync(await _factory.ActorAsync("manager"));

        var page = Render<ManagerRectificationsPage>();

        await page.WaitForElementAsync($"[data-testid=rect-row-{late.Number}]");
        Assert.NotNull(page.Find($"[data-testid=rect-overdue-{late.Number}]"));
        Assert.Contains("color:#c62828", page.Find($"[data-testid=rect-row-{late.Number}]").GetAttribute("style"), StringComparison.Ordinal);
        Assert.Empty(page.FindAll($"[data-testid=rect-overdue-{fresh.Number}]"));
        Assert.DoesNotContain("color:#c62828", page.Find($"[data-testid=rect-row-{fresh.Number}]").GetAttribute("style"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Select_VerifyAndFix_ThenCloseWithoutCallback_ShowsTheRefusalAsSnackbar()
    {
        var order = await RatedCases.BadRatingAsync(_factory);
        await SignInAsync(await _factory.ActorAsync("manager"));
        var page = Render<ManagerRectificationsPage>();
        await page.WaitForElementAsync($"[data-testid=rect-row-{order.Number}]");

        await page.Find($"[data-testid=rect-row-{order.Number}]").ClickAsync(new());
        Assert.Equal("待核实", page.Find("[data-testid=rect-status]").TextContent.Trim());
        Assert.Contains("立单", page.Find("[data-testid=rect-history]").TextContent, StringComparison.Ordinal);
        page.Find("[data-testid=rect-note]").Change("排队时间过长属实");
        await page.Find("[data-testid=rect-verify-valid]").ClickAsync(new());
        await page.WaitForAssertionAsync(() => Assert.Equal("待整改", page.Find("[data-testid=rect-status]").TextContent.Trim()));

        page.Find("[data-testid=rect-measures]").Change("高峰期增开综合窗口");
        await page.Find("[data-testid=rect-fix]").ClickAsync(new());
        await page.WaitForAssertionAsync(() => Assert.Equal("待回访", page.Find("[data-testid=rect-status]").TextContent.Trim()));

        await page.Find("[data-testid=rect-close]").ClickAsync(new());

        await page.WaitForAssertionAsync(() => Assert.Contains(Snacks, m => m.Contains("实名差评必须先记录回访", StringComparison.Ordinal)));
        Assert.Equal("待回访", page.Find("[data-testid=rect-status]").TextContent.Trim());
        Assert.Equal(RectificationStatus.Fixed, (await RatedCases.OrderAsync(_factory, order.Number)).Status);

        page.Find("[data-testid=rect-outcome]").Change("电话回访，群众认可");
        await page.Find("[data-testid=rect-callback]").ClickAsync(new());
        await page.WaitForAssertionAsync(() => Assert.Equal("已回访", page.Find("[data-testid=rect-status]").TextContent.Trim()));
        await page.Find("[data-testid=rect-close]").ClickAsync(new());

        await page.WaitForAssertionAsync(() => Assert.Equal("已关闭", page.Find("[data-testid=rect-status]").TextContent.Trim()));
        var closed = await RatedCases.OrderAsync(_factory, order.Number);
        Assert.True(closed.SatisfiedAfter);
        Assert.Equal("电话回访，群众认可", closed.CallbackOutcome);
    }
}
