using Bunit;
using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Appointments;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Appointments;

/// <summary>With a second hall in the database (its own factory: the other page tests expect the demo hall alone).</summary>
public sealed class AppointmentsPageHallsTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public AppointmentsPageHallsTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    private async Task AddSecondHallAsync()
    {
        await using var db = await _factory.DbAsync();
        if (await db.Halls.AnyAsync(h => h.Code == "HH"))
        {
            return;
        }

        db.Halls.Add(new Hall("HH", "黄花街道便民服务中心", ""));
        db.QueueLines.Add(new QueueLine("HH", "S", "社保医保", 1, 10));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task SeveralHalls_NoneChosenForTheCitizen_ChoosingOneOffersItsOwnLines()
    {
        await AddSecondHallAsync();
        var page = Render<AppointmentsPage>();

        await page.WaitForElementAsync("[data-testid=book-hall-HH]");
        Assert.NotNull(page.Find("[data-testid=book-hall-AM]"));
        Assert.Empty(page.FindAll("[data-testid=book-line]"));

        await page.Find("[data-testid=book-hall-HH]").ClickAsync(new());

        await page.WaitForElementAsync("[data-testid=book-line-S]");
        Assert.Empty(page.FindAll("[data-testid=book-line-A]"));
        Assert.Equal(
            ["2026-12-02", "2026-12-03", "2026-12-04", "2026-12-07", "2026-12-08"],
            page.FindAll("[data-testid^=book-day-]").Select(d => d.GetAttribute("data-testid")!["book-day-".Length..]));
        await page.Find("[data-testid=book-line-S]").ClickAsync(new());
        await page.WaitForElementAsync("[data-testid=slot-0900]");
    }
}
