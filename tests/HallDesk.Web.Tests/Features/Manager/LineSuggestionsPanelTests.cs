using Bunit;
using HallDesk.Data;
using HallDesk.Web.Features.Manager;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Tests.Features.Manager;

/// <summary>分流建议 on the dashboard: a long line and an idle counter of other lines; one click adds the line.</summary>
public sealed class LineSuggestionsPanelTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public LineSuggestionsPanelTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Fact]
    public async Task LongLineWhileACounterIdles_OffersToAddIt_AndOneClickMakesTheCounterServeIt()
    {
        // Counter 7 (税务: D, A) is open and idle; line B (不动产, 12 minutes each, nobody open for it) gets 4 people → 48 minutes.
        var clerk = await _factory.ActorAsync("clerk3");
        await _factory.Get<OpenCounter>().HandleAsync(clerk, "AM", 7);
        for (var i = 0; i < 4; i++)
        {
            await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", "B", null, false), Actor.Anonymous(null, "test"));
        }

        var manager = await _factory.ActorAsync("manager");
        await SignInAsync(manager);
        var page = Render<ManagerLivePage>();
        var apply = await page.WaitForElementAsync("[data-testid=apply-suggestion-B-7]");
        Assert.Contains("7 号窗口空闲", page.Find("[data-testid=suggestion-B-7]").TextContent);

        await apply.ClickAsync(new());

        await page.WaitForAssertionAsync(() => Assert.Empty(page.FindAll("[data-testid=suggestion-B-7]")));
        await using var db = await _factory.DbAsync();
        var counter = await db.Counters.SingleAsync(c => c.HallCode == "AM" && c.Number == 7);
        Assert.Equal(["D", "A", "B"], counter.ServedLines);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "counter.add-line" && a.Subject == "AM/7号窗口" && a.Actor == "manager"));
        Assert.StartsWith("B", await _factory.Get<CallNextTicket>().HandleAsync(clerk));
    }

    [Fact]
    public async Task ApplyLineSuggestion_ForAnotherHallsCounter_IsRefusedAndChangesNothing()
    {
        var error = await Assert.ThrowsAsync<HallDesk.Domain.DomainException>(
            async () => await _factory.Get<ApplyLineSuggestion>().HandleAsync(await _factory.ActorAsync("manager-xy"), "AM", "B", 6));

        Assert.Contains("本大厅", Texts.Of(error, Texts.Chinese));
        await using var db = await _factory.DbAsync();
        Assert.DoesNotContain("B", (await db.Counters.SingleAsync(c => c.HallCode == "AM" && c.Number == 6)).ServedLines);
    }
}
