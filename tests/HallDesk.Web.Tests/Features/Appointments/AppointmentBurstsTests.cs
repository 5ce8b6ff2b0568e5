using Bunit;
using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Domain.Applicants;
using HallDesk.Domain.Appointments;
using HallDesk.Web.Features.Appointments;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Appointments;

/// <summary>
/// Issue 14: "the manager's appointment view flags bursts (many bookings from one address or phone range) and can
/// cancel them in bulk, audited". Five open bookings from one address are a burst; four from another are not.
/// </summary>
public sealed class AppointmentBurstsTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private const string Script = "10.66.0.1";
    private const string Citizen = "10.66.0.2";
    private readonly HallDeskFactory _factory;

    public AppointmentBurstsTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    private async Task<AppointmentView> BookAsync(int n, string address)
    {
        var first17 = $"23100219900909{n:000}";
        var phone = $"1{n + 30}{n:00000000}";
        return await _factory.Get<BookAppointment>().HandleAsync(
            new BookAppointment.Command("AM", "C", "2026-12-04", $"{9 + (n % 7):00}:00", "李四", first17 + IdNumber.CheckCharacter(first17), phone,
                await SmsCodes.RequestAsync(_factory, phone, address)),
            Actor.Anonymous(address, "web"));
    }

    [Fact]
    public async Task Manager_SeesTheBurstFromOneAddress_NotTheFewFromAnother_AndCancelsItInBulkWithAReason()
    {
        var scripted = new List<string>();
        for (var n = 1; n <= 5; n++)
        {
            scripted.Add((await BookAsync(n, Script)).Code);
        }

        var kept = new List<string>();
        for (var n = 11; n <= 14; n++)
        {
            kept.Add((await BookAsync(n, Citizen)).Code);
        }

        await SignInAsync(await _factory.ActorAsync("manager"));
        var page = Render<AppointmentBurstsPage>();
        var group = await page.WaitForElementAsync("[data-testid=burst-address-106601]");
        Assert.Contains("5 个预约", group.TextContent, StringComparison.Ordinal);
        Assert.All(scripted, code => Assert.Contains(code, group.TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=burst-address-106602]"));
        Assert.DoesNotContain("23100219900909", page.Markup, StringComparison.Ordinal);

        // Without a reason nothing is cancelled.
        await page.Find("[data-testid=burst-cancel-address-106601]").ClickAsync(new());
        Assert.All(await StatusesAsync(scripted), s => Assert.Equal(AppointmentStatus.Booked, s));

        page.Find("input[data-testid=burst-reason-address-106601]").Change("同一地址短时间内批量预约，已核实为脚本");
        await page.Find("[data-testid=burst-cancel-address-106601]").ClickAsync(new());

        await page.WaitForElementAsync("[data-testid=bursts-none]");
        Assert.All(await StatusesAsync(scripted), s => Assert.Equal(AppointmentStatus.Cancelled, s));
        Assert.All(await StatusesAsync(kept), s => Assert.Equal(AppointmentStatus.Booked, s));
        await using var db = await _factory.DbAsync();
        var audit = await db.AuditEntries.Where(a => a.Action == "appointment.bulk-cancel").ToListAsync();
        Assert.Equal(scripted.Select(c => $"AM/{c}").Order(), audit.Select(a => a.Subject).Order());
        Assert.All(audit, a => Assert.Equal("manager", a.Actor));
        Assert.All(audit, a => Assert.Contains("已核实为脚本", a.Details, StringComparison.Ordinal));
    }

    [Fact]
    public async Task BulkCancel_OnlyTouchesTheManagersOwnHall()
    {
        var manager = await SignInAsync(await _factory.ActorAsync("manager-xy"));
        var booked = await BookAsync(21, "10.66.0.3");

        var cancelled = await _factory.Get<CancelAppointmentsInBulk>().HandleAsync(manager, [booked.Code], "测试");

        Assert.Equal(0, cancelled);
        Assert.Equal(AppointmentStatus.Booked, Assert.Single(await StatusesAsync([booked.Code])));
    }

    private async Task<List<AppointmentStatus>> StatusesAsync(IEnumerable<string> codes)
    {
        var list = codes.ToList();
        await using var db = await _factory.DbAsync();
        return await db.Appointments.AsNoTracking().Where(a => list.Contains(a.Code)).Select(a => a.Status).ToListAsync();
    }
}
