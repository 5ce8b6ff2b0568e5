using System.Net;
using System.Net.Http.Json;
using Bunit;
using HallDesk.Web.Components;
using HallDesk.Web.Features.Kiosk;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Infrastructure;
using HallDesk.Web.Localization;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Queue;

/// <summary>
/// Issue 13: "the kiosk page issued 81 tickets in 25 s from an address that the API was refusing with 429". The kiosk's
/// 取号 is limited per screen (its circuit) and per address, and the address's limit is the API's too.
/// </summary>
public sealed class KioskLimitTests : ComponentTestContext, IClassFixture<NarrowDoorsFactory>
{
    private readonly NarrowDoorsFactory _factory;

    public KioskLimitTests(NarrowDoorsFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Fact]
    public async Task OneScreen_OverItsOwnLimit_SaysSoInChinese_AndIssuesNoMore()
    {
        var kiosk = RenderKiosk("10.2.0.1");
        var before = await TicketsAsync();

        for (var i = 0; i < NarrowDoorsFactory.TicketsPerKiosk; i++)
        {
            await TakeAsync(kiosk);
            await kiosk.WaitForAssertionAsync(() => Assert.NotEmpty(kiosk.FindAll("[data-testid=slip-number]")));
            await ClickAsync(kiosk, "[data-testid=kiosk-done]");
        }

        await TakeAsync(kiosk);

        await kiosk.WaitForAssertionAsync(() => Assert.Equal(Texts.Error(PublicDoors.TooManyTickets), kiosk.Find("[data-testid=kiosk-error]").TextContent.Trim()));
        Assert.Empty(kiosk.FindAll("[data-testid=slip-number]"));
        Assert.Equal(before + NarrowDoorsFactory.TicketsPerKiosk, await TicketsAsync());
    }

    [Fact]
    public async Task ScreensAndApiOfOneAddress_ShareTheAddressLimit()
    {
        const string address = "10.2.0.2";
        var before = await TicketsAsync();
        // Two screens on one address take two tickets each (each screen's own limit), the address's four.
        foreach (var screen in new[] { RenderKiosk(address), RenderKiosk(address) })
        {
            for (var i = 0; i < NarrowDoorsFactory.TicketsPerKiosk; i++)
            {
                await TakeAsync(screen);
                await screen.WaitForAssertionAsync(() => Assert.NotEmpty(screen.FindAll("[data-testid=slip-number]")));
                await ClickAsync(screen, "[data-testid=kiosk-done]");
            }
        }

        var third = RenderKiosk(address);
        await TakeAsync(third);
        var api = await TestClientAddress.Client(_factory, address).PostAsJsonAsync("/api/v1/halls/AM/tickets", new { line = "A" });

        await third.WaitForAssertionAsync(() => Assert.Equal(Texts.Error(PublicDoors.TooManyTickets), third.Find("[data-testid=kiosk-error]").TextContent.Trim()));
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.Equal(before + NarrowDoorsFactory.Tickets, await TicketsAsync());
    }

    private IRenderedComponent<KioskPage> RenderKiosk(string address) =>
        Render<KioskPage>(p => p.Add(k => k.Hall, "AM").AddCascadingValue(new ClientAddress(address)));

    private static async Task TakeAsync(IRenderedComponent<KioskPage> kiosk)
    {
        await kiosk.WaitForElementAsync("[data-testid=kiosk-line-A]");
        await ClickAsync(kiosk, "[data-testid=kiosk-line-A]");
        await ClickAsync(kiosk, "[data-testid=take-ticket]");
    }

    /// <summary>
    /// Finds and clicks on the renderer's thread: the kiosk redraws when another screen's ticket changes the queue, and
    /// a button found before such a redraw has lost its handler by the time it is clicked.
    /// </summary>
    private static Task ClickAsync(IRenderedComponent<KioskPage> kiosk, string selector) =>
        kiosk.InvokeAsync(() => kiosk.Find(selector).ClickAsync(new()));

    private async Task<int> TicketsAsync()
    {
        await using var db = await _factory.DbAsync();
        return await db.Tickets.CountAsync();
    }
}
