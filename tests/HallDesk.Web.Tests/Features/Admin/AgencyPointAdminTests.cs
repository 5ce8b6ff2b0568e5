using Bunit;
using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Web.Features.Admin;
using HallDesk.Web.Infrastructure;
using HallDesk.Web.Localization;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Admin;

/// <summary>代办点 in 大厅管理: the district creates and retires them under a street hall; a street manager cannot.</summary>
public sealed class AgencyPointAdminTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public AgencyPointAdminTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Fact]
    public async Task Demo_HasAPointUnderXYAndUnderSDG_EachWithItsAgent()
    {
        var points = await _factory.Get<AgencyPointList>().ListAsync();

        Assert.Equal(("XY", 1), points.Where(p => p.Code == "XY01").Select(p => (p.HallCode, p.Agents)).Single());
        Assert.Equal(("SDG", 1), points.Where(p => p.Code == "SDG01").Select(p => (p.HallCode, p.Agents)).Single());
        var agent = await _factory.StaffAsync("agent-xy01");
        Assert.Equal(("XY", "XY01", true), (agent.HallCode, agent.AgencyPointCode, agent.IsAgent));
    }

    [Fact]
    public async Task Create_ByTheDistrict_IsListedUnderItsHallAndAudited()
    {
        await _factory.Get<CreateAgencyPoint>().HandleAsync(new("SDG", "sdg02", "八达村代办点", "爱民区三道关镇八达村村委会"), await _factory.ActorAsync("district"));

        var point = Assert.Single(await _factory.Get<AgencyPointList>().ListAsync(), p => p.Code == "SDG02");
        Assert.Equal(("八达村代办点", "SDG", 0, (DateTime?)null), (point.Name, point.HallCode, point.Agents, point.RetiredAt));
        await using var db = await _factory.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "agency.create" && a.Subject == "SDG02" && a.Actor == "district"));
    }

    [Fact]
    public async Task Create_ByAStreetManager_IsRefusedAudited_AndWritesNothing()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            _factory.Get<CreateAgencyPoint>().HandleAsync(new("XY", "XY07", "某社区代办点", ""), _factory.ActorAsync("manager-xy").Result));

        Assert.Contains("区级管理员", Texts.Of(refused, Texts.Chinese));
        await using var db = await _factory.DbAsync();
        Assert.False(await db.AgencyPoints.AnyAsync(p => p.Code == "XY07"));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "agency.create" && a.Subject == "XY07" && a.Outcome == AuditOutcome.Denied));
    }

    [Theory]
    [InlineData("XY01")]
    [InlineData("SDG")]
    public async Task Create_WithACodeAPointOrHallHolds_IsRefusedAtTheCodeField(string code)
    {
        var error = await Assert.ThrowsAsync<FieldErrorsException>(() =>
            _factory.Get<CreateAgencyPoint>().HandleAsync(new("XY", code, "重复代码代办点", ""), _factory.ActorAsync("district").Result));

        Assert.Contains("已有代码为 " + code, Texts.Of(error.Errors["code"], Texts.Chinese));
    }

    [Fact]
    public async Task Create_UnderTheDistrictHall_IsRefused()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            _factory.Get<CreateAgencyPoint>().HandleAsync(new("AM", "AM01", "光华社区代办点", ""), _factory.ActorAsync("district").Result));

        Assert.Contains("街道（乡镇）便民服务中心", Texts.Of(refused, Texts.Chinese));
    }

    [Fact]
    public async Task Page_CreatesAPointUnderItsHall_ShowsACodeRefusalAtTheField()
    {
        await SignInAsync(await _factory.ActorAsync("district"));
        var page = Render<HallsAdminPage>();
        await page.WaitForElementAsync("[data-testid=agency-row-XY01]");
        Assert.Contains("向阳社区代办点", page.Find("[data-testid=agency-row-XY01]").TextContent);

        page.Find("input[data-testid=new-agency-code]").Change("xy01");
        page.Find("input[data-testid=new-agency-name]").Change("又一个代办点");
        await page.Find("[data-testid=new-agency-save]").ClickAsync(new());
        await page.WaitForAssertionAsync(() => Assert.Contains("请选择所属便民服务中心", page.Find("[data-testid=agency-create]").TextContent));
    }

    [Fact]
    public async Task Retire_ThePointStaysListedAsRetired()
    {
        var district = await _factory.ActorAsync("district");
        await _factory.Get<CreateAgencyPoint>().HandleAsync(new("XY", "XY05", "红旗社区代办点", ""), district);

        await _factory.Get<RetireAgencyPoint>().HandleAsync("XY05", district);

        Assert.NotNull(Assert.Single(await _factory.Get<AgencyPointList>().ListAsync(), p => p.Code == "XY05").RetiredAt);
        var again = await Assert.ThrowsAsync<DomainException>(() => _factory.Get<RetireAgencyPoint>().HandleAsync("XY05", district));
        Assert.Contains("已停用", Texts.Of(again, Texts.Chinese));
    }
}
