using Bunit;
using HallDesk.Domain.Appointments;
using HallDesk.Web.Features.Appointments;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;
using HallDesk.Web.Localization;
using HallDesk.Domain;

namespace HallDesk.Web.Tests.Features.Queue;

/// <summary>The kiosk's 预约签到 tile rendered with bUnit over the real use cases (Tuesday 2026-12-01, about 09:00 in Shanghai).</summary>
public sealed class KioskCheckInTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public KioskCheckInTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Fact]
    public async Task CheckInByCode_ShowsTheSlipWithTheSlot()
    {
        var code = AppointmentCode.New();
        await using (var db = await _factory.DbAsync())
        {
            db.Appointments.Add(Appointment.Book(code, "AM", "C", new DateOnly(2026, 12, 1), new TimeOnly(9, 30), "李四", "11010519491231002X", "13912345678", _factory.Clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
        }

        var kiosk = Render<KioskPage>(p => p.Add(k => k.Hall, "AM"));
        await (await kiosk.WaitForElementAsync("[data-testid=kiosk-checkin-tile]")).ClickAsync(new());
        Assert.Empty(kiosk.FindAll("[data-testid=kiosk-error]"));
        await kiosk.Find("[data-testid=checkin-value]").InputAsync(new() { Value = code });
        await kiosk.Find("[data-testid=checkin-submit]").ClickAsync(new());

        await kiosk.WaitForAssertionAsync(() => Assert.Contains("09:30", kiosk.Find("[data-testid=slip-appointment]").TextContent));
        Assert.StartsWith("C", kiosk.Find("[data-testid=slip-number]").TextContent.Trim());
        Assert.DoesNotContain("11010519491231002X", kiosk.Markup);
    }

    [Fact]
    public async Task CheckInWithAnUnknownCode_SaysSoInChinese_AndTheLineScreenShowsNoStaleError()
    {
        var kiosk = Render<KioskPage>(p => p.Add(k => k.Hall, "AM"));
        await (await kiosk.WaitForElementAsync("[data-testid=kiosk-line-A]")).ClickAsync(new());
        Assert.Empty(kiosk.FindAll("[data-testid=kiosk-error]"));
        await kiosk.Find("[data-testid=kiosk-back]").ClickAsync(new());

        await kiosk.Find("[data-testid=kiosk-checkin-tile]").ClickAsync(new());
        await kiosk.Find("[data-testid=checkin-value]").InputAsync(new() { Value = "ZZZZZZZZ" });
        await kiosk.Find("[data-testid=checkin-submit]").ClickAsync(new());

        await kiosk.WaitForAssertionAsync(() => Assert.Equal(Texts.Of(new DomainMessage(AppointmentQueries.UnknownCode), Texts.Chinese), kiosk.Find("[data-testid=kiosk-error]").TextContent.Trim()));
        Assert.Empty(kiosk.FindAll("[data-testid=slip-number]"));
    }
}
