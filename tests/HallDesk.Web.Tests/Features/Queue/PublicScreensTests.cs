using System.Net;
using Bunit;
using HallDesk.Data;
using HallDesk.Web.Features.Kiosk;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.Features.Queue;

/// <summary>
/// The public screens say what is true: a hall or counter that does not exist is a 404 page that says so (not a
/// screen waiting forever), a closed hall says 已下班 and its hours, a called ticket is not yet 正在办理, and an
/// outage is said in plain words. 09:00 in Shanghai on the test clock.
/// </summary>
public sealed class PublicScreensTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public PublicScreensTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Theory]
    [InlineData("/board/ZZ", "大厅“ZZ”不存在")]
    [InlineData("/kiosk/ZZ", "大厅“ZZ”不存在")]
    [InlineData("/counter-screen/ZZ/1", "大厅“ZZ”不存在")]
    [InlineData("/counter-screen/AM/99", "99 号窗口不存在")]
    public async Task UnknownHallOrCounter_Answers404_WithAPageSayingItDoesNotExist(string path, string says)
    {
        var response = await _factory.CreateClient().GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(says, html);
        Assert.Contains("data-testid=\"not-found\"", html);
        // No live screen behind it, so no reconnect banner that would wait forever.
        Assert.DoesNotContain("data-screen=", html);
    }

    [Theory]
    [InlineData("/board/AM")]
    [InlineData("/kiosk/AM")]
    [InlineData("/counter-screen/AM/1")]
    public async Task KnownHallAndCounter_AreServedAsBefore(string path)
    {
        var response = await _factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("data-testid=\"not-found\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HomePage_ClosedHall_SaysClosedWithItsHours_InsteadOfNobodyWaiting()
    {
        await new HallBuilder("WH", "五湖街道便民服务中心").Line("A", "综合受理", 8).Hours(14, 17).SaveAsync(_factory);

        var html = await (await _factory.CreateClient().GetAsync("/")).Content.ReadAsStringAsync();

        var closed = html.IndexOf("data-testid=\"home-closed-WH\"", StringComparison.Ordinal);
        Assert.True(closed > 0, "the closed hall has its notice");
        Assert.Contains("已下班 · 办公时间 14:00–17:00", html[closed..]);
        // The open district hall still shows its lines' figures.
        Assert.DoesNotContain("data-testid=\"home-closed-AM\"", html);
    }

    [Fact]
    public async Task Kiosk_ClosedHall_TilesSayClosedWithTheHours_AndTakeNoTap()
    {
        await new HallBuilder("WK", "五泉街道便民服务中心").Line("A", "综合受理", 8).Line("C", "社保医保", 6).Hours(14, 17).SaveAsync(_factory);
        var page = Render<KioskPage>(p => p.Add(k => k.Hall, "WK"));
        await page.WaitForElementAsync("[data-testid=kiosk-line-A]");

        Assert.Contains("已下班 · 办公时间 14:00–17:00", page.Find("[data-testid=kiosk-closed]").TextContent);
        Assert.Contains("已下班", page.Find("[data-testid=kiosk-line-figures-C]").TextContent);
        Assert.DoesNotContain("等候", page.Find("[data-testid=kiosk-line-figures-C]").TextContent);

        await page.Find("[data-testid=kiosk-line-A]").ClickAsync(new());

        Assert.Empty(page.FindAll("[data-testid=take-ticket]"));
    }

    [Fact]
    public async Task CounterView_TellsCalledFromServing_AndStartingTheServiceSaysSoToTheScreens()
    {
        var clerk = await _factory.ActorAsync("clerk4");
        await _factory.Get<OpenCounter>().HandleAsync(clerk, "AM", 6);
        await HallBuilder.AddWaitingAsync(_factory, "AM", "C", 1);
        var number = await _factory.Get<CallNextTicket>().HandleAsync(clerk);
        var called = (await _factory.Get<QueueQueries>().SnapshotAsync("AM"))!.Counters.Single(c => c.Number == 6);
        Assert.Equal((number, "Called"), (called.CurrentTicket, called.CurrentStatus));
        var heard = new List<QueueEvent>();
        using var _ = _factory.Get<QueueNotifier>().Subscribe("AM", batch =>
        {
            lock (heard)
            {
                heard.AddRange(batch);
            }

            return Task.CompletedTask;
        });

        await _factory.Get<StartService>().HandleAsync(clerk);
        await _factory.Get<QueueNotifier>().IdleAsync();

        var changed = Assert.Single(heard.OfType<CounterChangedEvent>());
        Assert.Equal((number, "Serving"), (changed.Counter.CurrentTicket, changed.Counter.CurrentStatus));
        var serving = (await _factory.Get<QueueQueries>().SnapshotAsync("AM"))!.Counters.Single(c => c.Number == 6);
        Assert.Equal("Serving", serving.CurrentStatus);
    }

    [Fact]
    public async Task Outage_IsSaidInPlainWords_WithoutASecondsCountdown()
    {
        var html = await (await _factory.CreateClient().GetAsync("/kiosk/AM")).Content.ReadAsStringAsync();

        Assert.Contains("网络暂时中断，正在恢复，请稍候", html);
        Assert.DoesNotContain("秒后再试", html);
        Assert.DoesNotContain("服务器", html);
        var board = await (await _factory.CreateClient().GetAsync("/board/AM")).Content.ReadAsStringAsync();
        Assert.Contains("网络暂时中断，正在恢复，请稍候", board);
    }
}
