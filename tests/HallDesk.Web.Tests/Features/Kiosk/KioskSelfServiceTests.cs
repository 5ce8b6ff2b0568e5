using Bunit;
using HallDesk.Web.Features.Kiosk;
using HallDesk.Web.Tests.Infrastructure;
using static HallDesk.Web.Tests.Features.Evaluation.EvaluationScenarios;

namespace HallDesk.Web.Tests.Features.Kiosk;

/// <summary>
/// The kiosk's self-service (issue 17 item 6): 办事指南 typed on a letter pad, 办件查询 on a pad of hall codes and digits
/// with the same answer, privacy and per-number limit as /progress; both go back to the start when left alone.
/// </summary>
public sealed class KioskSelfServiceTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private const string Food = "23100400SJ-XK-0001";
    private readonly HallDeskFactory _factory;

    public KioskSelfServiceTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Fact]
    public async Task Guide_LettersOnThePad_Find食品经营许可_WhichOpensInPlaceUnderTheKiosksH1()
    {
        var kiosk = Render<KioskPage>(p => p.Add(k => k.Hall, "AM"));
        await (await kiosk.WaitForElementAsync("[data-testid=kiosk-guide-tile]")).ClickAsync(new());

        foreach (var letter in "SPJY")
        {
            await kiosk.Find($"[data-testid=guide-pad-{letter}]").ClickAsync(new());
        }

        Assert.Equal("spjy", kiosk.Find("[data-testid=guide-q]").GetAttribute("value"));
        var hit = kiosk.Find($"[data-testid=guide-hit-{Food}]");
        Assert.Equal("button", hit.LocalName);
        await hit.ClickAsync(new());
        var detail = kiosk.Find("[data-testid=guide-detail]");
        Assert.Equal("食品经营许可", detail.QuerySelector("h2")!.TextContent.Trim());
        Assert.Contains("免提交（电子证照：营业执照）", detail.TextContent, StringComparison.Ordinal);
        Assert.Single(kiosk.FindAll("h1"));
    }

    [Fact]
    public async Task CaseLookup_NumberOnThePadAndPhoneDigits_ShowsTheProgressWithTheNameMasked_AndNoPhone()
    {
        var (number, _) = await ConcludedCaseAsync(_factory);
        var kiosk = Render<KioskPage>(p => p.Add(k => k.Hall, "AM"));
        await (await kiosk.WaitForElementAsync("[data-testid=kiosk-case-tile]")).ClickAsync(new());
        await kiosk.WaitForElementAsync("[data-testid=case-pad-AM]");

        await kiosk.Find("[data-testid=case-pad-AM]").ClickAsync(new());
        foreach (var key in number[2..] + "5678")
        {
            // After the 12th digit the pad types the phone digits.
            await kiosk.Find($"[data-testid=case-pad-{key}]").ClickAsync(new());
        }

        Assert.Equal(number, kiosk.Find("[data-testid=case-number]").GetAttribute("value"));
        await kiosk.Find("[data-testid=case-find]").ClickAsync(new());

        var result = await kiosk.WaitForElementAsync("[data-testid=progress-result]");
        Assert.Contains(number, result.TextContent, StringComparison.Ordinal);
        Assert.Contains("张*华", result.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("张建华", kiosk.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", kiosk.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CaseLookup_WrongDigits_CountTowardsTheSameLimitAsProgress_ThenTheRightOnesAreRefusedToo()
    {
        var (number, _) = await ConcludedCaseAsync(_factory);
        var kiosk = Render<KioskPage>(p => p.Add(k => k.Hall, "AM"));
        await (await kiosk.WaitForElementAsync("[data-testid=kiosk-case-tile]")).ClickAsync(new());
        await kiosk.WaitForElementAsync("[data-testid=case-number]");
        await kiosk.InvokeAsync(() => kiosk.Find("[data-testid=case-number]").Input(number));

        for (var i = 0; i < 5; i++)
        {
            await LookUpAsync(kiosk, $"{i:0000}");
            Assert.Contains("没有找到", kiosk.Find("[data-testid=progress-error]").TextContent, StringComparison.Ordinal);
        }

        await LookUpAsync(kiosk, "5678");

        await kiosk.WaitForAssertionAsync(() => Assert.Contains("失败次数过多", kiosk.Find("[data-testid=progress-error]").TextContent, StringComparison.Ordinal));
        Assert.Empty(kiosk.FindAll("[data-testid=progress-result]"));
        var api = await _factory.CreateClient().GetAsync($"/api/v1/cases/{number}?phoneLast4=5678");
        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, api.StatusCode);
    }

    [Theory]
    [InlineData("kiosk-guide-tile", "kiosk-guide")]
    [InlineData("kiosk-case-tile", "kiosk-case")]
    public async Task SelfService_LeftAlone_GoesBackToTheStart(string tile, string screen)
    {
        var kiosk = Render<KioskPage>(p => p.Add(k => k.Hall, "AM"));
        await (await kiosk.WaitForElementAsync($"[data-testid={tile}]")).ClickAsync(new());
        await kiosk.WaitForElementAsync($"[data-testid={screen}]");

        _factory.Clock.Advance(KioskPage.IdleReset + TimeSpan.FromSeconds(1));

        await kiosk.WaitForElementAsync("[data-testid=kiosk-line-A]");
        Assert.Empty(kiosk.FindAll($"[data-testid={screen}]"));
    }

    /// <summary>Types the digits and asks, then waits until the answer is in (the button is enabled again).</summary>
    private static async Task LookUpAsync(IRenderedComponent<KioskPage> kiosk, string last4)
    {
        await kiosk.InvokeAsync(() => kiosk.Find("[data-testid=case-phone]").Input(last4));
        await kiosk.InvokeAsync(() => kiosk.Find("[data-testid=case-find]").Click());
        await kiosk.WaitForAssertionAsync(() => Assert.False(kiosk.Find("[data-testid=case-find]").HasAttribute("disabled")));
    }
}
