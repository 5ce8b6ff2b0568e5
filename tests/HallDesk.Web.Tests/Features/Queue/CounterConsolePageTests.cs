using System.Globalization;
using Bunit;
using HallDesk.Data;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.Features.Queue;

/// <summary>The clerk console rendered with bUnit over the real use cases and a real SQLite file.</summary>
public sealed class CounterConsolePageTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public CounterConsolePageTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Fact]
    public async Task NoOpenCounter_ShowsCountersToOpen_TakenOnesDisabled()
    {
        await _factory.Get<OpenCounter>().HandleAsync(await _factory.ActorAsync("clerk2"), "AM", 2);
        await SignInAsync(await _factory.ActorAsync("clerk1"));

        var page = Render<CounterConsolePage>();

        await page.WaitForAssertionAsync(() => Assert.Equal(9, page.FindAll("[data-testid^=open-counter-]").Count));
        Assert.True(page.Find("[data-testid=open-counter-2]").HasAttribute("disabled"));
        Assert.False(page.Find("[data-testid=open-counter-4]").HasAttribute("disabled"));
        Assert.Contains("李建国", page.Markup);
    }

    [Fact]
    public async Task OpenThenCallNext_ShowsTheCalledNumber_RecallCountsAndNoShowWaitsForThirdCall()
    {
        var clerk = await _factory.ActorAsync("clerk3");
        await SignInAsync(clerk);
        var issued = await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", "D", null, false), Actor.Anonymous(null, "test"));
        var page = Render<CounterConsolePage>();
        await page.WaitForElementAsync("[data-testid=open-counter-7]");

        await page.Find("[data-testid=open-counter-7]").ClickAsync(new());
        await page.WaitForElementAsync("[data-testid=call-next]");
        await page.Find("[data-testid=call-next]").ClickAsync(new());

        await page.WaitForAssertionAsync(() => Assert.Equal(issued.Number, page.Find("[data-testid=current-ticket]").TextContent.Trim()));
        Assert.True(page.Find("[data-testid=no-show]").HasAttribute("disabled"));
        Assert.True(page.Find("[data-testid=call-next]").HasAttribute("disabled"));

        await page.Find("[data-testid=recall]").ClickAsync(new());
        await page.WaitForAssertionAsync(() => Assert.Contains("已呼叫 2 次", page.Find("[data-testid=call-count]").TextContent));
        await page.Find("[data-testid=recall]").ClickAsync(new());
        await page.WaitForAssertionAsync(() => Assert.False(page.Find("[data-testid=no-show]").HasAttribute("disabled")));

        await page.Find("[data-testid=no-show]").ClickAsync(new());
        await page.WaitForAssertionAsync(() => Assert.NotNull(page.Find($"[data-testid=rejoin-{issued.Number}]")));
        Assert.Equal("—", page.Find("[data-testid=current-ticket]").TextContent.Trim());
    }

    [Fact]
    public async Task TicketIssuedElsewhere_UpdatesWaitingCountLive()
    {
        var clerk = await _factory.ActorAsync("clerk4");
        await _factory.Get<OpenCounter>().HandleAsync(clerk, "AM", 5);
        await SignInAsync(clerk);
        var page = Render<CounterConsolePage>();
        await page.WaitForElementAsync("[data-testid=waiting-B]");
        var before = int.Parse(page.Find("[data-testid=waiting-B] b").TextContent, CultureInfo.InvariantCulture);

        await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", "B", null, false), Actor.Anonymous(null, "test"));

        await page.WaitForAssertionAsync(() => Assert.Equal(before + 1, int.Parse(page.Find("[data-testid=waiting-B] b").TextContent, CultureInfo.InvariantCulture)));
    }
    /// <summary>Issue 23: 今日已服务 is read when its tab opens, not on every reload of a busy day's console.</summary>
    [Fact]
    public async Task ServedTab_Opened_ShowsTheClerksFinishedTicket()
    {
        // A clerk of 向阳 that no other test of this class signs in.
        var clerk = await _factory.ActorAsync("clerk-xy1");
        await _factory.Get<OpenCounter>().HandleAsync(clerk, "XY", 1);
        await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("XY", "A", null, false), Actor.Anonymous(null, "test"));
        var number = await _factory.Get<CallNextTicket>().HandleAsync(clerk);
        await _factory.Get<FinishService>().HandleAsync(clerk);
        await SignInAsync(clerk);
        var page = Render<CounterConsolePage>();
        await page.WaitForElementAsync("[data-testid=call-next]");

        Assert.DoesNotContain(number!, page.Markup);
        await page.FindAll(".mud-tab")[3].ClickAsync(new());

        await page.WaitForAssertionAsync(() => Assert.Contains(page.FindAll("tbody tr td"), td => td.TextContent.Trim() == number));
    }
}
