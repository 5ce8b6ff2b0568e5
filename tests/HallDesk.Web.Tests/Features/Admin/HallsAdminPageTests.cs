using Bunit;
using HallDesk.Web.Features.Admin;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Admin;

/// <summary>大厅管理 (/admin/halls): the district creates a hall from the form, sees refusals at the field, retires a hall.</summary>
public sealed class HallsAdminPageTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public HallsAdminPageTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Fact]
    public async Task CreateForm_NewHall_AppearsInTheListWithItsLinesAndCounters()
    {
        await SignInAsync(await _factory.ActorAsync("district"));
        var page = Render<HallsAdminPage>();
        await page.WaitForElementAsync("[data-testid=hall-row-AM]");

        page.Find("input[data-testid=new-hall-code]").Change("hp");
        page.Find("input[data-testid=new-hall-name]").Change("和平街道便民服务中心");
        page.Find("input[data-testid=new-hall-short]").Change("和平");
        page.Find("input[data-testid=new-hall-address]").Change("爱民区和平街 9 号");
        await page.Find("[data-testid=new-hall-save]").ClickAsync(new());

        await page.WaitForElementAsync("[data-testid=hall-row-HP]");
        Assert.Contains("和平街道便民服务中心", page.Find("[data-testid=hall-row-HP]").TextContent);
        Assert.Contains("1 / 1", page.Find("[data-testid=hall-row-HP]").TextContent);
        await using var db = await _factory.DbAsync();
        Assert.Equal("和平", (await db.Halls.SingleAsync(h => h.Code == "HP")).ShortName);
    }

    [Fact]
    public async Task CreateForm_UsedShortName_ShowsTheMessageAtTheField_AndWritesNothing()
    {
        await SignInAsync(await _factory.ActorAsync("district"));
        var page = Render<HallsAdminPage>();
        await page.WaitForElementAsync("[data-testid=hall-row-AM]");

        page.Find("input[data-testid=new-hall-code]").Change("QT");
        page.Find("input[data-testid=new-hall-name]").Change("另一个中心");
        page.Find("input[data-testid=new-hall-short]").Change("三道关");
        await page.Find("[data-testid=new-hall-save]").ClickAsync(new());

        await page.WaitForAssertionAsync(() => Assert.Contains("简称“三道关”已被三道关镇便民服务中心使用", page.Find("[data-testid=hall-create]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=hall-row-QT]"));
        await using var db = await _factory.DbAsync();
        Assert.False(await db.Halls.AnyAsync(h => h.Code == "QT"));
    }

    [Fact]
    public async Task Retire_AHallWithoutOpenCases_IsMarkedRetiredWithoutARetireButton()
    {
        var district = await _factory.ActorAsync("district");
        await _factory.Get<CreateHall>().HandleAsync(CreateHallTests.NewHall("TY", "停用"), district);
        await SignInAsync(district);
        var page = Render<HallsAdminPage>();
        await page.WaitForElementAsync("[data-testid=hall-retire-TY]");

        await page.Find("[data-testid=hall-retire-TY]").ClickAsync(new());

        await page.WaitForAssertionAsync(() => Assert.Equal("true", page.Find("[data-testid=hall-row-TY]").GetAttribute("data-retired")));
        Assert.Empty(page.FindAll("[data-testid=hall-retire-TY]"));
    }
}
