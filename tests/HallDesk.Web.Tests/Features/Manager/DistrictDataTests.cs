using Bunit;
using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Web.Features.Manager;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Manager;

/// <summary>
/// District-wide data (the calendar that moves every hall's slots and deadlines, the catalog) changes only by a district
/// role; sub-hall and hall managers read it. Refusals are audited.
/// </summary>
public sealed class DistrictDataTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public DistrictDataTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Fact]
    public async Task AddHoliday_BySubHallManager_IsRefused_NothingStored_AndTheRefusalIsAudited()
    {
        var date = new DateOnly(2027, 3, 3);
        var manager = await _factory.ActorAsync("manager-xy");

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            _factory.Get<EditCalendar>().AddAsync(manager, date, isWorkday: false, "街道自定假日"));

        Assert.Equal(EditCalendar.DistrictOnly, error.Key);
        await using var db = await _factory.DbAsync();
        Assert.False(await db.CalendarDays.AnyAsync(d => d.Date == date));
        var entry = await db.AuditEntries.SingleAsync(a => a.Action == "calendar.add" && a.Subject == "2027-03-03");
        Assert.Equal(("manager-xy", AuditOutcome.Denied), (entry.Actor, entry.Outcome));
    }

    [Theory]
    [InlineData("district")]
    [InlineData("admin")]
    public async Task AddHoliday_ByDistrictRole_IsStored(string user)
    {
        var date = user == "admin" ? new DateOnly(2027, 3, 10) : new DateOnly(2027, 3, 11);

        await _factory.Get<EditCalendar>().AddAsync(await _factory.ActorAsync(user), date, isWorkday: false, "区定假日");

        await using var db = await _factory.DbAsync();
        Assert.True(await db.CalendarDays.AnyAsync(d => d.Date == date));
    }

    [Fact]
    public async Task CatalogChange_ByHallManager_IsRefused_AndTheItemKeepsItsLimits()
    {
        const string code = "23100400SJ-XK-0001";
        int before;
        await using (var db = await _factory.DbAsync())
        {
            before = (await db.ServiceItems.SingleAsync(i => i.Code == code)).PromisedDays;
        }

        await Assert.ThrowsAsync<DomainException>(async () => await _factory.Get<EditCatalog>().UpdateAsync(
            await _factory.ActorAsync("manager"), new EditCatalog.ItemChange(code, 20, 1, false, false)));

        await using var after = await _factory.DbAsync();
        Assert.Equal(before, (await after.ServiceItems.SingleAsync(i => i.Code == code)).PromisedDays);
    }

    [Fact]
    public async Task CatalogChange_ItemLongerThanABundlePromise_IsRefused_AndTheItemKeepsItsLimits()
    {
        const string card = "23100400RS-GG-0004"; // 社保卡申领, 12 days, in 新生儿出生 (12), 社保卡居民服务 (12) and 育儿补贴申领 (15)

        var ex = await Assert.ThrowsAsync<DomainException>(async () => await _factory.Get<EditCatalog>().UpdateAsync(
            await _factory.ActorAsync("district"), new EditCatalog.ItemChange(card, null, 13, false, false)));

        Assert.Equal("Bundle.PromiseShorterThanItem", ex.Key);
        await using var db = await _factory.DbAsync();
        Assert.Equal(12, (await db.ServiceItems.SingleAsync(i => i.Code == card)).PromisedDays);
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == "catalog.item" && a.Subject == card));
    }

    [Fact]
    public async Task CalendarPage_ForSubHallManager_IsReadOnly()
    {
        await SignInAsync(await _factory.ActorAsync("manager-xy"));

        var page = Render<CalendarPage>();

        await page.WaitForElementAsync("[data-testid=calendar-readonly]");
        Assert.Empty(page.FindAll("[data-testid=calendar-add]"));
    }

    [Fact]
    public async Task CalendarPage_ForDistrictManager_OffersAdd()
    {
        await SignInAsync(await _factory.ActorAsync("district"));

        var page = Render<CalendarPage>();

        await page.WaitForElementAsync("[data-testid=calendar-add]");
        Assert.Empty(page.FindAll("[data-testid=calendar-readonly]"));
    }

    [Fact]
    public async Task CatalogPage_ForHallManager_OffersNoEdit()
    {
        await SignInAsync(await _factory.ActorAsync("manager"));

        var page = Render<CatalogPage>();

        await page.WaitForElementAsync("[data-testid=catalog-readonly]");
        Assert.Empty(page.FindAll("[data-testid^=edit-23100400]"));
    }
}
