using System.Text.RegularExpressions;
using Bunit;
using HallDesk.Data;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Features.Kiosk;
using HallDesk.Web.Tests.Features.Documents;
using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.Features.Kiosk;

/// <summary>
/// The kiosk prints the slip stored when the ticket was issued, in its own page (a hidden frame, see kiosk.js), and
/// goes back to its start; the paper says what the screen said, even once the queue has moved on.
/// </summary>
public sealed partial class KioskPrintingTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public KioskPrintingTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Fact]
    public async Task Print_PrintsTheArchivedSlipInAHiddenFrame_AndReturnsToTheStart()
    {
        var kiosk = Render<KioskPage>(p => p.Add(k => k.Hall, "AM"));
        await (await kiosk.WaitForElementAsync("[data-testid=kiosk-line-B]")).ClickAsync(new());
        await kiosk.Find("[data-testid=take-ticket]").ClickAsync(new());
        var number = (await kiosk.WaitForElementAsync("[data-testid=slip-number]")).TextContent.Trim();

        await kiosk.Find("[data-testid=kiosk-print]").ClickAsync(new());

        var print = Assert.Single(JSInterop.Invocations, i => i.Identifier == "hallDeskKiosk.print");
        Assert.Equal($"/api/v1/halls/AM/tickets/{number}/slip", print.Arguments[0]);
        await kiosk.WaitForElementAsync("[data-testid=kiosk-line-B]");
        Assert.Empty(kiosk.FindAll("[data-testid=kiosk-slip]"));
    }

    [Fact]
    public async Task GreenChannelSlip_OnPaper_SaysTheFiguresTheScreenShowed_AfterTheQueueMovedOn()
    {
        // Three ordinary citizens wait in C; the green-channel ticket goes before them.
        await HallBuilder.AddWaitingAsync(_factory, "AM", "C", 3);
        var kiosk = Render<KioskPage>(p => p.Add(k => k.Hall, "AM"));
        await (await kiosk.WaitForElementAsync("[data-testid=kiosk-line-C]")).ClickAsync(new());
        await kiosk.Find("[data-testid=green-channel]").ClickAsync(new());
        await kiosk.Find("[data-testid=take-ticket]").ClickAsync(new());
        var number = (await kiosk.WaitForElementAsync("[data-testid=slip-number]")).TextContent.Trim();
        var onScreen = Figures().Match(kiosk.Find("[data-testid=slip-ahead]").TextContent);
        Assert.True(onScreen.Success);
        Assert.Equal("0", onScreen.Groups["ahead"].Value);
        // The queue moves on before the citizen prints: more green-channel tickets now wait before the ordinary ones.
        await _factory.Get<IssueTicket>().HandleAsync(
            new("AM", "C", null, true), Actor.Anonymous(null, "test"));

        var pdf = await _factory.CreateClient().GetByteArrayAsync(KioskPage.SlipUrl("AM", number));

        var onPaper = Figures().Match(PdfText.Of(pdf));
        Assert.True(onPaper.Success, "the slip states the people ahead and the minutes");
        Assert.Equal((onScreen.Groups["ahead"].Value, onScreen.Groups["minutes"].Value), (onPaper.Groups["ahead"].Value, onPaper.Groups["minutes"].Value));
    }

    /// <summary>"您前面还有 N 人，预计等候约 M 分钟", on screen (with spaces) or read back from the PDF (without).</summary>
    [GeneratedRegex(@"您前面还有\s*(?<ahead>\d+)\s*人，预计等候约\s*(?<minutes>\d+)\s*分钟")]
    private static partial Regex Figures();
}
