using Bunit;
using HallDesk.Data;
using HallDesk.Web.Features.Evaluation;
using HallDesk.Web.Tests.Infrastructure;
using static HallDesk.Web.Tests.Features.Evaluation.EvaluationScenarios;

namespace HallDesk.Web.Tests.Features.Evaluation.Manager;

/// <summary>/manager/pads: a pairing code (and its QR code) to show the tablet, the pads paired, unpairing.</summary>
public sealed class ManagerPadsPageTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public ManagerPadsPageTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Fact]
    public async Task NewCode_IsShownWithItsQrCode_TheTabletPairsWithIt_ThenTheManagerUnpairs()
    {
        SignIn(await _factory.ActorAsync("manager"), Roles.Manager);
        var page = Render<ManagerPadsPage>();
        await page.WaitForElementAsync("[data-testid=pad-offer-3]");
        Assert.Equal("false", page.Find("[data-testid=pad-state-3]").GetAttribute("data-paired"));
        Assert.Empty(page.FindAll("[data-testid=pad-unpair-3]"));

        await page.Find("[data-testid=pad-offer-3]").ClickAsync(new());

        await page.WaitForElementAsync("[data-testid=pad-offer-code]");
        var shown = page.Find("[data-testid=pad-offer-code]").TextContent.Trim();
        Assert.Matches("^[2-9A-Z]{4}-[2-9A-Z]{4}$", shown);
        Assert.Equal("3", page.Find("[data-testid=pad-offer]").GetAttribute("data-counter"));
        Assert.EndsWith($"pad/pair?code={shown}", page.Find("[data-testid=pad-offer-url]").TextContent.Trim(), StringComparison.Ordinal);
        Assert.NotEmpty(page.Find("[data-testid=pad-offer-qr] path").GetAttribute("d")!);

        var tablet = await _factory.Get<PairPadDevice>().HandleAsync(new PairPadDevice.Command(shown, null), Pad);
        var reopened = Render<ManagerPadsPage>();
        await reopened.WaitForAssertionAsync(() => Assert.Equal("true", reopened.Find("[data-testid=pad-state-3]").GetAttribute("data-paired")));
        await reopened.Find("[data-testid=pad-unpair-3]").ClickAsync(new());

        await reopened.WaitForAssertionAsync(() => Assert.Equal("false", reopened.Find("[data-testid=pad-state-3]").GetAttribute("data-paired")));
        Assert.Null(await _factory.Get<EvaluationQueries>().PadAsync(tablet.DeviceSecret));
    }
}
