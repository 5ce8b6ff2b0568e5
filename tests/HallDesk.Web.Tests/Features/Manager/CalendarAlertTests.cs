using Bunit;
using HallDesk.Domain.Calendar;
using HallDesk.Web.Features.Documents;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Features.Manager;
using HallDesk.Web.Tests.Features.Documents;
using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.Features.Manager;

/// <summary>The demo knows 2026's holidays only; on 2026-11-02 the district is told to enter 2027's.</summary>
public sealed class CalendarAlertTests : ComponentTestContext, IClassFixture<CalendarAlertTests.November>
{
    private readonly November _factory;

    public CalendarAlertTests(November factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Fact]
    public async Task ManagerLivePage_On2026_11_02_ForTheDistrict_AlertsThat2027IsMissing()
    {
        await SignInAsync(await _factory.ActorAsync("district"));

        var page = Render<ManagerLivePage>();

        var alert = await page.WaitForElementAsync("[data-testid=alert-calendar-2027]");
        Assert.Contains("2027 年节假日安排尚未录入", alert.TextContent);
        Assert.Equal("/manager/calendar", alert.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ManagerLivePage_On2026_11_02_ForAHallManager_DoesNotAlert()
    {
        await SignInAsync(await _factory.ActorAsync("manager"));

        var page = Render<ManagerLivePage>();

        await page.WaitForElementAsync("[data-testid=alerts]");
        Assert.Empty(page.FindAll("[data-testid=alert-calendar-2027]"));
    }

    /// <summary>2026-11-02 09:00 Asia/Shanghai, a Monday.</summary>
    public sealed class November() : HallDeskFactory(new DateTimeOffset(2026, 11, 2, 1, 0, 0, TimeSpan.Zero));
}
