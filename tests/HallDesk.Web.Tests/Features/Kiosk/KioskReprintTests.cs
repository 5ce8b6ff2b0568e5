using Bunit;
using HallDesk.Data;
using HallDesk.Web.Features.Kiosk;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.Features.Kiosk;

/// <summary>
/// 补打号票: a lost slip found by the phone number given when the ticket was taken; the screen shows the phone masked,
/// and the slip printed is the one stored at issue (the archive's address, as for the first print).
/// </summary>
public sealed class KioskReprintTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public KioskReprintTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Fact]
    public async Task PhoneGivenAtIssue_FindsTodaysWaitingTicket_ShowsThePhoneMasked_AndPrintsTheStoredSlip()
    {
        var taken = await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", "C", "13812345678", false), Actor.Anonymous(null, "test"));
        var kiosk = Render<KioskPage>(p => p.Add(k => k.Hall, "AM"));
        await (await kiosk.WaitForElementAsync("[data-testid=kiosk-reprint-tile]")).ClickAsync(new());

        await TypeAsync(kiosk, "13812345678");
        await kiosk.Find("[data-testid=reprint-find]").ClickAsync(new());

        var number = await kiosk.WaitForElementAsync("[data-testid=reprint-number]");
        Assert.Equal(taken.Number, number.TextContent.Trim());
        Assert.Contains("138****5678", kiosk.Find("[data-testid=reprint-details]").TextContent);
        Assert.DoesNotContain("13812345678", kiosk.Markup);

        await kiosk.Find("[data-testid=reprint-print]").ClickAsync(new());

        var print = Assert.Single(JSInterop.Invocations, i => i.Identifier == "hallDeskKiosk.print");
        Assert.Equal(KioskPage.SlipUrl("AM", taken.Number), print.Arguments[0]);
        await kiosk.WaitForElementAsync("[data-testid=kiosk-line-C]");
    }

    [Fact]
    public async Task UnknownPhone_IsAnsweredInChinese_WithThePhoneMasked_AndNothingToPrint()
    {
        var kiosk = Render<KioskPage>(p => p.Add(k => k.Hall, "AM"));
        await (await kiosk.WaitForElementAsync("[data-testid=kiosk-reprint-tile]")).ClickAsync(new());

        await TypeAsync(kiosk, "13900001111");
        await kiosk.Find("[data-testid=reprint-find]").ClickAsync(new());

        var error = await kiosk.WaitForElementAsync("[data-testid=kiosk-error]");
        Assert.Equal("今天没有用手机号 139****1111 取的等候中的号票，请核对号码或到服务台咨询。", error.TextContent.Trim());
        Assert.Empty(kiosk.FindAll("[data-testid=reprint-print]"));
    }

    private static async Task TypeAsync(IRenderedComponent<KioskPage> kiosk, string digits)
    {
        foreach (var digit in digits)
        {
            await kiosk.Find($"[data-testid=reprint-pad-{digit}]").ClickAsync(new());
        }
    }
}
