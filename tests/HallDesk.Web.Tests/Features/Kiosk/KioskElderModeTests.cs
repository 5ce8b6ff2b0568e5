using Bunit;
using HallDesk.Web.Features.Kiosk;
using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.Features.Kiosk;

/// <summary>
/// 长者模式 at the kiosk: it speaks the chosen line and the ticket number, asks fewer things, and gives the citizen
/// more time before going back to the start; the next citizen finds the kiosk in its normal mode.
/// </summary>
public sealed class KioskElderModeTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public KioskElderModeTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Fact]
    public async Task ElderMode_SpeaksTheChosenLine_AndTheTicketNumber()
    {
        var kiosk = await KioskAsync(elder: true);

        await kiosk.Find("[data-testid=kiosk-line-E]").ClickAsync(new());
        await kiosk.WaitForElementAsync("[data-testid=take-ticket]");
        await kiosk.Find("[data-testid=take-ticket]").ClickAsync(new());
        var number = (await kiosk.WaitForElementAsync("[data-testid=slip-number]")).TextContent.Trim();

        var spoken = Spoken();
        Assert.Contains(spoken, s => s.Contains("您选择的是咨询/出件", StringComparison.Ordinal));
        Assert.Contains(spoken, s => s.StartsWith($"您的号码是{number}号，办理咨询/出件", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NormalMode_SaysNothingAloud_AndOffersThePhonePad()
    {
        var kiosk = await KioskAsync(elder: false);

        await kiosk.Find("[data-testid=kiosk-line-E]").ClickAsync(new());

        await kiosk.WaitForElementAsync("[data-testid=pad-1]");
        Assert.Empty(Spoken());
    }

    [Fact]
    public async Task ElderMode_AsksOneThingAtATime_WithoutThePhonePad()
    {
        var kiosk = await KioskAsync(elder: true);

        await kiosk.Find("[data-testid=kiosk-line-E]").ClickAsync(new());

        await kiosk.WaitForElementAsync("[data-testid=green-channel]");
        Assert.Empty(kiosk.FindAll("[data-testid=pad-1]"));
    }

    [Fact]
    public async Task ElderMode_WaitsThreeTimesAsLong_ThenTheNextCitizenFindsTheNormalKiosk()
    {
        var kiosk = await KioskAsync(elder: true);
        await kiosk.Find("[data-testid=kiosk-line-E]").ClickAsync(new());
        await kiosk.Find("[data-testid=kiosk]").ClickAsync(new());

        _factory.Clock.Advance(KioskPage.IdleReset + TimeSpan.FromSeconds(10));
        Assert.NotEmpty(kiosk.FindAll("[data-testid=take-ticket]"));

        _factory.Clock.Advance(KioskPage.ElderIdleReset - KioskPage.IdleReset);
        await kiosk.WaitForElementAsync("[data-testid=kiosk-line-E]");
        Assert.Equal("false", kiosk.Find("[data-testid=kiosk]").GetAttribute("data-elder"));
    }

    [Fact]
    public async Task NormalMode_ReturnsToStartAfterTheShortIdleTime()
    {
        var kiosk = await KioskAsync(elder: false);
        await kiosk.Find("[data-testid=kiosk-line-E]").ClickAsync(new());
        await kiosk.Find("[data-testid=kiosk]").ClickAsync(new());

        _factory.Clock.Advance(KioskPage.IdleReset + TimeSpan.FromSeconds(1));

        await kiosk.WaitForElementAsync("[data-testid=kiosk-line-E]");
        Assert.Empty(kiosk.FindAll("[data-testid=take-ticket]"));
    }

    [Fact]
    public async Task Tiles_AreButtons_WithOneH1AndNoHeadingInsideATile()
    {
        var kiosk = await KioskAsync(elder: false);

        var tiles = kiosk.FindAll(".kiosk-tile");
        Assert.Equal(9, tiles.Count); // five lines, 补打号票, 办事指南, 办件查询, 预约签到
        Assert.All(tiles, t => Assert.True(t.TagName == "BUTTON" && t.GetAttribute("type") == "button", t.OuterHtml[..60]));
        Assert.All(tiles, t => Assert.Empty(t.QuerySelectorAll("h1, h2, h3, h4, h5, h6")));
        Assert.Single(kiosk.FindAll("h1"));
        Assert.Single(kiosk.FindAll("h2"));
    }

    private async Task<IRenderedComponent<KioskPage>> KioskAsync(bool elder)
    {
        var kiosk = Render<KioskPage>(p => p.Add(k => k.Hall, "AM"));
        await kiosk.WaitForElementAsync("[data-testid=kiosk-line-E]");
        if (elder)
        {
            await kiosk.Find("[data-testid=elder-mode]").ClickAsync(new());
            Assert.Equal("true", kiosk.Find("[data-testid=kiosk]").GetAttribute("data-elder"));
        }

        return kiosk;
    }

    private List<string> Spoken() =>
        [.. JSInterop.Invocations.Where(i => i.Identifier == "hallDeskKiosk.speak").Select(i => (string)i.Arguments[0]!)];
}
