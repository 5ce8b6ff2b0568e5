using System.Net;
using System.Net.Http.Json;
using Bunit;
using HallDesk.Web.Components;
using HallDesk.Web.Features.Kiosk;
using HallDesk.Web.Infrastructure;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Queue;

/// <summary>
/// 今日已满: near closing time a line whose estimated wait passes closing refuses new numbers; the kiosk's tile says so
/// before the citizen taps, and the issue endpoint refuses with a clear Chinese message and issues nothing.
/// Line B's default service is 12 minutes; with no counter open, the n-th waiting citizen waits 12 × n minutes.
/// </summary>
public sealed class KioskFullLineTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public KioskFullLineTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Fact]
    public async Task TwentyMinutesBeforeClosing_TheThirdNumberOfB_IsRefusedInChinese_AndTheKioskTileSaysFullBeforeATap()
    {
        await TwentyMinutesBeforeClosingAsync();
        var client = _factory.CreateClient();

        var first = await client.PostAsJsonAsync("/api/v1/halls/AM/tickets", new { line = "B" });
        var second = await client.PostAsJsonAsync("/api/v1/halls/AM/tickets", new { line = "B" });
        var third = await client.PostAsJsonAsync("/api/v1/halls/AM/tickets", new { line = "B" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, third.StatusCode);
        Assert.Contains("不动产登记 今日已满：现在取号预计等候24分钟，超过下班时间 17:00", await third.Content.ReadAsStringAsync());
        await using (var db = await _factory.DbAsync())
        {
            Assert.Equal(2, await db.Tickets.CountAsync(t => t.LineCode == "B"));
        }

        var kiosk = Render<KioskPage>(p => p.Add(k => k.Hall, "AM").AddCascadingValue(new ClientAddress("10.3.0.1")));
        var tileB = await kiosk.WaitForElementAsync("[data-testid=kiosk-line-B]");
        Assert.Equal("true", tileB.GetAttribute("data-full"));
        Assert.Contains("今日已满", kiosk.Find("[data-testid=kiosk-line-figures-B]").TextContent);
        Assert.Contains("预计超过下班时间 17:00", kiosk.Find("[data-testid=kiosk-line-figures-B]").TextContent);
        Assert.Equal("false", kiosk.Find("[data-testid=kiosk-line-A]").GetAttribute("data-full"));

        await tileB.ClickAsync(new());

        Assert.Empty(kiosk.FindAll("[data-testid=take-ticket]"));
    }

    /// <summary>The hall works 09:00–17:00; it is 16:40 in Shanghai.</summary>
    private async Task TwentyMinutesBeforeClosingAsync()
    {
        await using var db = await _factory.DbAsync();
        var hall = await db.Halls.SingleAsync(h => h.Code == "AM");
        hall.SetHours(new TimeOnly(9, 0), new TimeOnly(17, 0));
        await db.SaveChangesAsync();
        _factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 2, 8, 40, 0, TimeSpan.Zero));
    }
}
