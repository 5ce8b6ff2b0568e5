using Bunit;
using HallDesk.Data;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Features.Reports;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace HallDesk.Web.Tests.Features.Reports;

/// <summary>The reports page by role: the district's link puts the halls side by side; a hall manager following it reads their own hall.</summary>
public sealed class ReportsPageHallTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public ReportsPageHallTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Fact]
    public async Task District_FromItsLink_SeesEveryHallsRow_AndTheMonthlyReport()
    {
        await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("SDG", "A", null, false), Actor.Anonymous(null, "test"));
        await SignInAsync(await _factory.ActorAsync("district"));
        Services.GetRequiredService<NavigationManager>().NavigateTo("manager/reports?hall=all&by=hall");

        var page = Render<ReportsPage>();

        await page.WaitForElementAsync("[data-testid=report-row-SDG]");
        Assert.NotNull(page.Find("[data-testid=report-row-XY]"));
        Assert.Contains("by=hall", page.Find("[data-testid=report-export-csv]").GetAttribute("href"), StringComparison.Ordinal);

        await page.Find("[data-testid=report-kind-monthly]").ClickAsync(new());

        await page.WaitForElementAsync("[data-testid=monthly-row-SDG]");
        Assert.NotNull(page.Find("[data-testid=monthly-row-AM]"));
        Assert.NotNull(page.Find("[data-testid=monthly-row-total]"));
    }

    [Fact]
    public async Task HallManager_FollowingTheDistrictsLink_ReadsTheirOwnHall_WithoutTheHallDimension()
    {
        await SignInAsync(await _factory.ActorAsync("manager-xy"));
        Services.GetRequiredService<NavigationManager>().NavigateTo("manager/reports?hall=all&by=hall");

        var page = Render<ReportsPage>();

        await page.WaitForElementAsync("[data-testid=report-table]");
        Assert.Empty(page.FindAll("[data-testid=report-by-hall]"));
        Assert.Empty(page.FindAll("[data-testid=report-row-SDG]"));
        Assert.Empty(page.FindAll("[data-testid=report-hall]"));
        Assert.DoesNotContain("hall=", page.Find("[data-testid=report-export-csv]").GetAttribute("href"), StringComparison.Ordinal);

        await page.Find("[data-testid=report-kind-monthly]").ClickAsync(new());

        await page.WaitForElementAsync("[data-testid=monthly-row-XY]");
        Assert.Empty(page.FindAll("[data-testid=monthly-row-AM]"));
    }
}
