using Bunit;
using HallDesk.Data;
using HallDesk.Web.Features.Manager;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using HallDesk.Domain.Queue;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HallDesk.Web.Tests.Features.Manager;

/// <summary>A district role opens a hall's dashboard to watch it: the figures, none of the manager's buttons.</summary>
public sealed class DashboardReadOnlyTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public DashboardReadOnlyTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    /// <summary>Counter 7 (税务: D, A) open and idle, with B added for today; line B long enough to suggest it elsewhere too.</summary>
    private async Task SuggestionAndDayProfileAsync()
    {
        await using (var db = await _factory.DbAsync())
        {
            // Both tests share the hall: the first one sets it up.
            if (await db.Counters.AnyAsync(c => c.HallCode == "AM" && c.Number == 7 && c.State != CounterState.Closed))
            {
                return;
            }
        }

        var clerk = await _factory.ActorAsync("clerk3");
        await _factory.Get<OpenCounter>().HandleAsync(clerk, "AM", 7);
        await _factory.Get<OpenCounter>().HandleAsync(await _factory.ActorAsync("clerk4"), "AM", 4);
        await _factory.Get<ApplyLineSuggestion>().HandleAsync(await _factory.ActorAsync("manager"), "AM", "B", 7);
        for (var i = 0; i < 6; i++)
        {
            await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", "B", null, false), Actor.Anonymous(null, "test"));
        }
    }

    [Fact]
    public async Task DistrictRole_OnAHallsDashboard_SeesTheFigures_WithoutSuggestionOrKeepButtons()
    {
        await SuggestionAndDayProfileAsync();
        await SignInAsync(await _factory.ActorAsync("district"));
        Services.GetRequiredService<NavigationManager>().NavigateTo("manager?hall=AM");

        var page = Render<ManagerLivePage>();

        await page.WaitForElementAsync("[data-testid=dashboard-read-only]");
        Assert.NotNull(page.Find("[data-testid=day-profile-7]"));
        Assert.Empty(page.FindAll("[data-testid=keep-lines-7]"));
        Assert.Empty(page.FindAll("[data-testid=suggestions]"));
        Assert.Empty(page.FindAll("button[data-testid^=apply-suggestion]"));
    }

    [Fact]
    public async Task HallManager_OnTheirDashboard_KeepsTheirButtons()
    {
        await SuggestionAndDayProfileAsync();
        await SignInAsync(await _factory.ActorAsync("manager"));
        Services.GetRequiredService<NavigationManager>().NavigateTo("manager?hall=XY");

        var page = Render<ManagerLivePage>();

        await page.WaitForElementAsync("[data-testid=keep-lines-7]");
        Assert.Contains("爱民区政务服务中心", page.Find("h1").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=dashboard-read-only]"));
    }
}
