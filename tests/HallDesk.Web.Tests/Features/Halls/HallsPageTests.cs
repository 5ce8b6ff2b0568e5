using AngleSharp.Dom;
using Bunit;
using HallDesk.Data;
using HallDesk.Web.Features.Halls;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.Features.Halls;

/// <summary>
/// The public hall comparison over the real queries and several halls written into the test database. Each test
/// compares its own business (不动产登记, 出入境, 公积金) so that the halls of one test do not reorder another's.
/// </summary>
public sealed class HallsPageTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public HallsPageTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Fact]
    public async Task ChooseLine_SecondHallHasTheShorterWait_ListsItFirstMarkedShortest()
    {
        // AM's 不动产登记 is B, 12 minutes, no counter open: 3 waiting → 36 minutes. The seeded sub-halls do not offer it.
        await HallBuilder.AddWaitingAsync(_factory, "AM", "B", 3);
        // Another hall calls the same business F: 2 waiting, one counter, 6 minutes → 12 minutes.
        await new HallBuilder("HH", "黄花街道便民服务中心")
            .Line("A", "综合受理", 8)
            .Line("F", "不动产登记", 6, waiting: 2, openCounters: 1)
            .SaveAsync(_factory);
        var page = Render<HallsPage>();
        await page.WaitForElementAsync("[data-testid=hall-card-HH]");
        Assert.True(Position(page, "AM") < Position(page, "HH"), "without a business the halls keep their own order");
        Assert.Empty(page.FindAll("[data-testid=hall-best]"));

        await ChooseAsync(page, "不动产登记");

        await page.WaitForAssertionAsync(() => Assert.Equal("hall-card-HH", Cards(page)[0].GetAttribute("data-testid")));
        Assert.True(Position(page, "HH") < Position(page, "AM"));
        var best = Assert.Single(page.FindAll("[data-testid=hall-best]"));
        Assert.Equal("等候最短", best.TextContent.Trim());
        Assert.NotNull(Card(page, "HH").QuerySelector("[data-testid=hall-best]"));
        Assert.Contains("约 12 分钟", page.Find("[data-testid=hall-line-HH-F]").TextContent);
        Assert.Contains("等候 2 人", page.Find("[data-testid=hall-line-HH-F]").TextContent);
        Assert.Contains("约 36 分钟", page.Find("[data-testid=hall-line-AM-B]").TextContent);
        Assert.Equal("本大厅不办理此业务", page.Find("[data-testid=hall-no-line-XY]").TextContent.Trim());
        Assert.True(Position(page, "XY") > Position(page, "AM"));
        Assert.Equal("appointments?hall=HH", Card(page, "HH").QuerySelector("[data-testid=hall-book-HH]")!.GetAttribute("href"));
        Assert.Equal("board/HH", Card(page, "HH").QuerySelector("[data-testid=hall-board-HH]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ClosedHall_ShowsClosed_AndComesAfterTheOpenHallsEvenWithNobodyWaiting()
    {
        // 09:00 in Shanghai: YX opens at 14:00. Nobody waits there, so by minutes alone it would come first.
        await new HallBuilder("YX", "雁滩街道便民服务中心").Line("R", "出入境", 10).Hours(14, 17).SaveAsync(_factory);
        await new HallBuilder("YY", "盐场路街道便民服务中心").Line("R", "出入境", 10, waiting: 3, openCounters: 1).SaveAsync(_factory);
        await new HallBuilder("YZ", "拱星墩街道便民服务中心").Line("R", "出入境", 10, waiting: 4, openCounters: 1).SaveAsync(_factory);
        var page = Render<HallsPage>();
        await page.WaitForElementAsync("[data-testid=hall-card-YX]");
        Assert.Contains("已下班", page.Find("[data-testid=hall-hours-YX]").TextContent);
        Assert.Contains("14:00–17:00", page.Find("[data-testid=hall-hours-YX]").TextContent);
        Assert.Contains("开放中", page.Find("[data-testid=hall-hours-YY]").TextContent);
        Assert.True(Position(page, "YX") > Position(page, "YZ"), "a closed hall comes after the open ones");

        await ChooseAsync(page, "出入境");

        await page.WaitForAssertionAsync(() => Assert.Equal("hall-card-YY", Cards(page)[0].GetAttribute("data-testid")));
        Assert.Equal("hall-card-YZ", Cards(page)[1].GetAttribute("data-testid"));
        Assert.Equal("hall-card-YX", Cards(page)[2].GetAttribute("data-testid"));
        Assert.Contains("已下班", page.Find("[data-testid=hall-line-YX-R]").TextContent);
        Assert.DoesNotContain("分钟", page.Find("[data-testid=hall-line-YX-R]").TextContent);
        Assert.NotNull(Card(page, "YY").QuerySelector("[data-testid=hall-best]"));
        Assert.Null(Card(page, "YX").QuerySelector("[data-testid=hall-best]"));
        // Halls that do not offer 出入境 at all come after the closed one that does.
        Assert.True(Position(page, "YX") < Position(page, "AM"));
    }

    [Fact]
    public async Task HallWithoutTheLine_SaysItDoesNotOfferIt_AndComesAfterTheHallsThatDo()
    {
        await new HallBuilder("GJ", "牡丹江市住房公积金爱民服务站").Line("G", "公积金", 5, waiting: 1, openCounters: 1).SaveAsync(_factory);
        var page = Render<HallsPage>();
        await page.WaitForElementAsync("[data-testid=hall-card-GJ]");

        await ChooseAsync(page, "公积金");

        await page.WaitForElementAsync("[data-testid=hall-no-line-AM]");
        Assert.Equal("本大厅不办理此业务", page.Find("[data-testid=hall-no-line-AM]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=hall-no-line-GJ]"));
        Assert.Equal("hall-card-GJ", Cards(page)[0].GetAttribute("data-testid"));
        Assert.True(Position(page, "AM") > Position(page, "GJ"));
        Assert.Contains("约 5 分钟", page.Find("[data-testid=hall-line-GJ-G]").TextContent);
    }

    [Fact]
    public async Task TicketIssued_FiguresFollowWithoutReload_AndNoPhoneIsShown()
    {
        await HallBuilder.AddWaitingAsync(_factory, "AM", "D", 1);
        var before = (await _factory.Get<QueueQueries>().HallsAsync()).Single(h => h.Code == "AM").Lines.Single(l => l.Code == "D").Waiting;
        var page = Render<HallsPage>();
        await page.WaitForAssertionAsync(() => Assert.Contains($"等候 {before} 人", page.Find("[data-testid=hall-line-AM-D]").TextContent));

        await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", "D", "13812345678", false), Actor.Anonymous(null, "test"));
        _factory.Clock.Advance(HallsPage.RefreshInterval);

        await page.WaitForAssertionAsync(() => Assert.Contains($"等候 {before + 1} 人", page.Find("[data-testid=hall-line-AM-D]").TextContent));
        Assert.DoesNotContain("13812345678", page.Markup);
        Assert.DoesNotContain("5678", page.Markup);
    }

    private static async Task ChooseAsync(IRenderedComponent<HallsPage> page, string line) =>
        await page.Find($"[data-testid=halls-line-filter] [data-line='{line}']").ClickAsync(new());

    private static IReadOnlyList<IElement> Cards(IRenderedComponent<HallsPage> page) =>
        page.FindAll("[data-testid^=hall-card-]");

    private static IElement Card(IRenderedComponent<HallsPage> page, string hall) =>
        page.Find($"[data-testid=hall-card-{hall}]");

    private static int Position(IRenderedComponent<HallsPage> page, string hall) =>
        Cards(page).Select(c => c.GetAttribute("data-testid")).ToList().IndexOf($"hall-card-{hall}");
}
