using Microsoft.Extensions.DependencyInjection;
using AngleSharp.Dom;
using Bunit;
using HallDesk.Domain.Applicants;
using HallDesk.Domain.Appointments;
using HallDesk.Web.Components;
using HallDesk.Data;
using HallDesk.Web.Features.Appointments;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using HallDesk.Web.Localization;
using HallDesk.Domain;

namespace HallDesk.Web.Tests.Features.Appointments;

/// <summary>
/// The public 网上预约 page over the real use cases and a real SQLite file. Today is Tue 2026-12-01 in the demo hall,
/// so Wed 12-02 to Tue 12-08 can be booked; slots 09:00–17:00, 4 places each. Each test uses its own people.
/// </summary>
public sealed class AppointmentsPageTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private const string Name = "张三丰";
    private const string ClientIp = "10.0.0.7";

    private readonly HallDeskFactory _factory;

    public AppointmentsPageTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    /// <summary>A valid ID number (right check character) per person number.</summary>
    private static string Person(int n)
    {
        var first17 = $"11010519850101{n:000}";
        return first17 + IdNumber.CheckCharacter(first17);
    }

    /// <summary>Opened from the hall's link (/appointments?hall=AM), as the home page and /halls do.</summary>
    private IRenderedComponent<CascadingValue<ClientAddress>> RenderPage()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("appointments?hall=AM");
        return Render<CascadingValue<ClientAddress>>(p => p
            .Add(x => x.Value, new ClientAddress(ClientIp))
            .AddChildContent<AppointmentsPage>());
    }

    /// <summary>Waits for the element first: the page loads its halls and days asynchronously (slower on PostgreSQL).</summary>
    private static async Task ClickAsync(IRenderedComponent<CascadingValue<ClientAddress>> page, string testId) =>
        await (await page.WaitForElementAsync($"[data-testid={testId}]")).ClickAsync(new());

    /// <summary>Each test books with a phone of its own (codes are one a minute per phone, bookings three per phone).</summary>
    private static string PhoneOf(int person) => $"1381234{person:0000}";

    /// <summary>Fills the person, presses 获取验证码 and types the code the SMS carried.</summary>
    private async Task FillPersonAsync(IRenderedComponent<CascadingValue<ClientAddress>> page, string idNumber, string phone)
    {
        await page.Find("[data-testid=book-name]").ChangeAsync(new() { Value = Name });
        await page.Find("[data-testid=book-id]").ChangeAsync(new() { Value = idNumber });
        await page.Find("[data-testid=book-phone]").ChangeAsync(new() { Value = phone });
        await ClickAsync(page, "book-get-code");
        await page.WaitForElementAsync("[data-testid=book-code-sent]");
        var code = await SmsCodes.LatestAsync(_factory, phone);
        await page.Find("input[data-testid=book-code-input]").InputAsync(new() { Value = code });
    }

    private async Task<AppointmentView> BookDirectlyAsync(int person, string line, string date, string slot) =>
        await _factory.Get<BookAppointment>().HandleAsync(
            new BookAppointment.Command("AM", line, date, slot, Name, Person(person), PhoneOf(person), await SmsCodes.RequestAsync(_factory, PhoneOf(person))),
            Actor.Anonymous("127.0.0.1", "test"));

    [Fact]
    public async Task Book_CompleteForm_StoresTheAppointmentAndShowsItsCodeWithOnlyMaskedData()
    {
        var page = RenderPage();
        await ClickAsync(page, "book-line-A");
        await ClickAsync(page, "book-day-2026-12-03");
        await page.WaitForElementAsync("[data-testid=slot-0930]");
        await ClickAsync(page, "slot-0930");
        await FillPersonAsync(page, Person(1), PhoneOf(1));

        await ClickAsync(page, "book-submit");

        await page.WaitForElementAsync("[data-testid=book-code]");
        var code = page.Find("[data-testid=book-code]").TextContent.Trim();
        await using var db = await _factory.DbAsync();
        var stored = await db.Appointments.SingleAsync(a => a.Code == code);
        Assert.Equal(("AM", "A", new DateOnly(2026, 12, 3), new TimeOnly(9, 30)), (stored.HallCode, stored.LineCode, stored.Date, stored.SlotStart));
        Assert.Equal(Person(1), stored.IdNumber);
        Assert.Equal(AppointmentStatus.Booked, stored.Status);
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == "appointment.book" && a.Subject == $"AM/{code}");
        Assert.Equal(("web", ClientIp), (audit.Actor, audit.Address));

        var card = page.Find("[data-testid=book-confirmation]").TextContent;
        Assert.Contains(IdNumber.Mask(Person(1)), card);
        Assert.Contains("138****0001", card);
        Assert.Contains("张*丰", card);
        Assert.Contains("09:30", card);
        Assert.DoesNotContain(Person(1), page.Markup);
        Assert.DoesNotContain(PhoneOf(1), page.Markup);
        Assert.DoesNotContain(Name, page.Markup);
        Assert.Contains("预约签到", page.Find("[data-testid=book-note]").TextContent);
    }

    [Fact]
    public async Task Book_BadIdNumber_ShowsTheChineseMessageAtTheField_AndStoresNothing()
    {
        var bad = Person(2)[..17] + (Person(2)[17] == '0' ? '1' : '0');
        await using (var before = await _factory.DbAsync())
        {
            Assert.False(await before.Appointments.AnyAsync(a => a.IdNumber == bad));
        }

        var count = await CountAsync();
        var page = RenderPage();
        await ClickAsync(page, "book-line-A");
        await page.WaitForElementAsync("[data-testid=slot-1000]");
        await ClickAsync(page, "slot-1000");
        await FillPersonAsync(page, bad, PhoneOf(2));

        await ClickAsync(page, "book-submit");

        var expected = Texts.Of(IdNumber.Validate(bad)!, Texts.Chinese);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", expected);
        await page.WaitForAssertionAsync(() =>
            Assert.Contains(expected, page.Find("[data-testid=book-id]").Closest(".mud-input-control")!.TextContent));
        Assert.Empty(page.FindAll("[data-testid=book-code]"));
        Assert.Equal(count, await CountAsync());
    }

    [Fact]
    public async Task Book_CorrectedAfterAFieldError_Books()
    {
        var bad = Person(3)[..17] + (Person(3)[17] == '0' ? '1' : '0');
        var page = RenderPage();
        await ClickAsync(page, "book-line-D");
        await page.WaitForElementAsync("[data-testid=slot-1100]");
        await ClickAsync(page, "slot-1100");
        await FillPersonAsync(page, bad, PhoneOf(3));
        await ClickAsync(page, "book-submit");
        await page.WaitForElementAsync("[data-testid=book-error]");

        await page.Find("[data-testid=book-id]").ChangeAsync(new() { Value = Person(3) });
        await ClickAsync(page, "book-submit");

        await page.WaitForElementAsync("[data-testid=book-code]");
        await using var db = await _factory.DbAsync();
        Assert.True(await db.Appointments.AnyAsync(a => a.IdNumber == Person(3) && a.LineCode == "D"));
    }

    [Fact]
    public async Task Slots_FullSlot_IsDisabled_OthersCanBeChosen()
    {
        for (var n = 10; n < 14; n++)
        {
            await BookDirectlyAsync(n, "B", "2026-12-04", "10:00");
        }

        var page = RenderPage();
        await ClickAsync(page, "book-line-B");
        await ClickAsync(page, "book-day-2026-12-04");

        await page.WaitForElementAsync("[data-testid=slot-1000]");
        var full = page.Find("[data-testid=slot-1000]");
        Assert.True(full.HasAttribute("disabled"));
        Assert.Contains("已约满", full.TextContent);
        var next = page.Find("[data-testid=slot-1030]");
        Assert.False(next.HasAttribute("disabled"));
        Assert.Contains("余 4 个", next.TextContent);
    }

    [Fact]
    public async Task Lookup_Code_ShowsTheMaskedAppointmentWithItsStatus()
    {
        var booked = await BookDirectlyAsync(20, "C", "2026-12-07", "14:00");
        var page = RenderPage();

        await (await page.WaitForElementAsync("[data-testid=lookup-code]")).ChangeAsync(new() { Value = booked.Code.ToLowerInvariant() });
        await ClickAsync(page, "lookup-go");

        await page.WaitForAssertionAsync(() => Assert.Equal("已预约", page.Find("[data-testid=lookup-status]").TextContent.Trim()));
        var card = page.Find("[data-testid=lookup-result]").TextContent;
        Assert.Contains(booked.Code, card);
        Assert.Contains("2026-12-07", card);
        Assert.Contains("14:00", card);
        Assert.Contains(IdNumber.Mask(Person(20)), card);
        Assert.DoesNotContain(Person(20), page.Markup);
    }

    [Fact]
    public async Task Lookup_UnknownCode_SaysSoInChinese()
    {
        var page = RenderPage();

        await (await page.WaitForElementAsync("[data-testid=lookup-code]")).ChangeAsync(new() { Value = "ZZZZ2222" });
        await ClickAsync(page, "lookup-go");

        await page.WaitForAssertionAsync(() => Assert.Equal(Texts.Of(new DomainMessage(AppointmentQueries.UnknownCode), Texts.Chinese), page.Find("[data-testid=lookup-error]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=lookup-status]"));
    }

    [Fact]
    public async Task Cancel_OnlyAfterTheConfirmStep_SetsTheStatusToCancelled()
    {
        var booked = await BookDirectlyAsync(30, "A", "2026-12-08", "16:00");
        var page = RenderPage();
        await (await page.WaitForElementAsync("[data-testid=lookup-code]")).ChangeAsync(new() { Value = booked.Code });
        await ClickAsync(page, "lookup-go");
        await page.WaitForElementAsync("[data-testid=cancel-appointment]");

        await ClickAsync(page, "cancel-appointment");
        Assert.Equal(AppointmentStatus.Booked, await StatusAsync(booked.Code));
        await ClickAsync(page, "cancel-confirm");

        await page.WaitForAssertionAsync(() => Assert.Equal("已取消", page.Find("[data-testid=lookup-status]").TextContent.Trim()));
        Assert.Equal(AppointmentStatus.Cancelled, await StatusAsync(booked.Code));
        Assert.Empty(page.FindAll("[data-testid=cancel-appointment]"));
        await using var db = await _factory.DbAsync();
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == "appointment.cancel" && a.Subject == $"AM/{booked.Code}");
        Assert.Equal(("web", ClientIp), (audit.Actor, audit.Address));
    }

    private async Task<int> CountAsync()
    {
        await using var db = await _factory.DbAsync();
        return await db.Appointments.CountAsync();
    }

    private async Task<AppointmentStatus> StatusAsync(string code)
    {
        await using var db = await _factory.DbAsync();
        return (await db.Appointments.SingleAsync(a => a.Code == code)).Status;
    }

    /// <summary>Issue 14: "rescheduling is possible from the same page while slots remain" — the reminder's link opens it.</summary>
    [Fact]
    public async Task Reschedule_FromTheReminderLink_MovesTheBookingToAnotherSlot_AndFreesTheOldPlace()
    {
        var booked = await BookDirectlyAsync(40, "D", "2026-12-07", "10:00");
        Services.GetRequiredService<NavigationManager>().NavigateTo($"appointments?code={booked.Code}");
        var page = Render<CascadingValue<ClientAddress>>(p => p
            .Add(x => x.Value, new ClientAddress(ClientIp))
            .AddChildContent<AppointmentsPage>());

        await page.WaitForAssertionAsync(() => Assert.Equal("已预约", page.Find("[data-testid=lookup-status]").TextContent.Trim()));
        await ClickAsync(page, "move-appointment");
        await ClickAsync(page, "move-day-2026-12-08");
        await ClickAsync(page, "slot-1100");
        await ClickAsync(page, "move-confirm");

        await page.WaitForAssertionAsync(() => Assert.Contains("已改约到 2026-12-08 11:00", page.Find("[data-testid=lookup-moved]").TextContent, StringComparison.Ordinal));
        await using var db = await _factory.DbAsync();
        var moved = await db.Appointments.AsNoTracking().SingleAsync(a => a.Code == booked.Code);
        Assert.Equal((new DateOnly(2026, 12, 8), new TimeOnly(11, 0), AppointmentStatus.Booked), (moved.Date, moved.SlotStart, moved.Status));
        var oldSlot = (await _factory.Get<AppointmentQueries>().SlotsAsync("AM", "D", "2026-12-07")).Single(s => s.Start == "10:00");
        Assert.Equal(oldSlot.Capacity, oldSlot.Remaining);
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == "appointment.reschedule" && a.Subject == $"AM/{booked.Code}");
        Assert.Contains("2026-12-07 10:00 → 2026-12-08 11:00", audit.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reschedule_IntoASlotThatFilledMeanwhile_SaysSoInChinese_AndKeepsTheBooking()
    {
        var booked = await BookDirectlyAsync(41, "D", "2026-12-07", "15:00");
        for (var n = 42; n < 46; n++)
        {
            await BookDirectlyAsync(n, "D", "2026-12-08", "15:00");
        }

        var refused = await Assert.ThrowsAsync<DomainException>(() => _factory.Get<RescheduleAppointment>().HandleAsync(
            new RescheduleAppointment.Command(booked.Code, "2026-12-08", "15:00"), Actor.Anonymous(ClientIp, "web")));

        Assert.Equal("Booking.SlotFull", refused.Key);
        Assert.Equal("15:00 时段已约满，请选择其他时段。", Texts.Of(refused, Texts.Chinese));
        await using var db = await _factory.DbAsync();
        var kept = await db.Appointments.AsNoTracking().SingleAsync(a => a.Code == booked.Code);
        Assert.Equal((new DateOnly(2026, 12, 7), new TimeOnly(15, 0)), (kept.Date, kept.SlotStart));
    }
}
