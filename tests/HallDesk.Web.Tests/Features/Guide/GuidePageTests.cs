using Bunit;
using HallDesk.Web.Features.Guide;
using HallDesk.Web.Features.Halls;
using HallDesk.Web.Features.Home;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace HallDesk.Web.Tests.Features.Guide;

/// <summary>/guide: search by initials, name or code; one page per item or bundle with what it needs, printable.</summary>
public sealed class GuidePageTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private const string Food = "23100400SJ-XK-0001";

    public GuidePageTests(HallDeskFactory factory) => UseApp(factory);

    [Fact]
    public async Task Search_TypingInitials_ListsTheItemAsALinkToItsPage()
    {
        var page = Render<GuidePage>();

        await page.Find("[data-testid=guide-q]").InputAsync(new() { Value = "spjy" });

        var hit = page.Find($"[data-testid=guide-hit-{Food}]");
        Assert.Equal("a", hit.LocalName);
        Assert.Equal($"guide/{Food}", hit.GetAttribute("href"));
        Assert.Equal("食品经营许可", hit.TextContent.Trim());
        Assert.Single(page.FindAll("h1"));
        Assert.StartsWith("找到", page.Find("[data-testid=guide-count]").TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_GivenQueryFromTheAddress_ShowsItsHitsAtOnce()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("guide?q=qykb");

        var page = Render<GuidePage>();
        await page.WaitForElementAsync("[data-testid^=guide-hit-]");

        Assert.Equal("guide-hit-YJS-0001", page.FindAll("[data-testid^=guide-hit-]")[0].GetAttribute("data-testid"));
    }

    [Fact]
    public async Task Search_NothingMatches_SaysSoInChinese()
    {
        var page = Render<GuidePage>();

        await page.Find("[data-testid=guide-q]").InputAsync(new() { Value = "zzzzqqq" });

        Assert.Empty(page.FindAll("[data-testid^=guide-hit-]"));
        Assert.Contains("没有找到相符的事项", page.Find("[data-testid=guide-count]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detail_食品经营许可_OneH1_FactsHallsAndExemptMaterials_AndPrints()
    {
        var page = Render<GuidePage>(p => p.Add(x => x.Code, Food));
        await page.WaitForElementAsync("[data-testid=guide-detail]");

        Assert.Equal("食品经营许可", Assert.Single(page.FindAll("h1")).TextContent.Trim());
        Assert.Equal("5 个工作日", page.Find("[data-testid=guide-promised]").TextContent.Trim());
        Assert.Contains("可告知承诺", page.Find("[data-testid=guide-flags]").TextContent, StringComparison.Ordinal);
        Assert.Equal(3, page.FindAll("[data-testid=guide-halls] li").Count);
        var materials = page.Find("[data-testid=guide-materials]").TextContent;
        Assert.Contains("免提交（电子证照：营业执照）", materials, StringComparison.Ordinal);
        Assert.Contains("免提交（部门共享：区不动产登记中心）", materials, StringComparison.Ordinal);

        page.Find("[data-testid=guide-print]").Click();

        Assert.Contains(JSInterop.Invocations, i => i.Identifier == "print");
    }

    [Fact]
    public async Task Detail_BundleInStages_ListsItsItemsWithTheirStage()
    {
        var page = Render<GuidePage>(p => p.Add(x => x.Code, "YJS-0001"));
        await page.WaitForElementAsync("[data-testid=guide-items]");

        var items = page.FindAll("[data-testid=guide-items] li");
        Assert.Equal(6, items.Count);
        Assert.Contains("第 1 阶段", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("第 2 阶段", items[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("企业开办", Assert.Single(page.FindAll("h1")).TextContent.Trim());
    }

    [Fact]
    public async Task Detail_UnknownCode_SaysSoAndOffersTheSearch()
    {
        var page = Render<GuidePage>(p => p.Add(x => x.Code, "NOPE-1"));
        await page.WaitForElementAsync("[data-testid=guide-not-found]");

        Assert.Contains("没有找到编码为 NOPE-1", page.Find("[data-testid=guide-not-found]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Find("[data-testid=guide-q]"));
        Assert.Single(page.FindAll("h1"));
    }

    [Fact]
    public async Task HomeAndHalls_LinkToTheGuide()
    {
        var home = Render<HomePage>();
        var halls = Render<HallsPage>();
        await home.WaitForElementAsync("[data-testid=home-guide]");
        await halls.WaitForElementAsync("[data-testid=halls-guide]");

        Assert.Equal("guide", home.Find("[data-testid=home-guide]").GetAttribute("href"));
        Assert.Equal("guide", halls.Find("[data-testid=halls-guide]").GetAttribute("href"));
    }
}
