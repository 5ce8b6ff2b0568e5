using Bunit;
using HallDesk.Domain;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Features.Manager;
using HallDesk.Web.Tests.Features.Documents;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Manager;

/// <summary>The district keeps its 一件事 at /manager/catalog: create, edit, retire, reorder; validated and audited.</summary>
public sealed class BundleCatalogTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private const string Newborn = "YJS-0003"; // 新生儿出生, slowest item 社保卡申领 12 days
    private const string Food = "23100400SJ-XK-0001"; // 食品经营许可, 5 days
    private const string Signboard = "23100400CG-XK-0001"; // 户外招牌设置审批, 3 days
    private readonly HallDeskFactory _factory;

    public BundleCatalogTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Fact]
    public async Task CatalogPage_District_EditsABundlesPromise_ShorterThanItsSlowestItemIsRefused_LongerIsSavedAndAudited()
    {
        await SignInAsync(await _factory.ActorAsync("district"));
        var page = Render<CatalogPage>();
        await page.WaitForElementAsync($"[data-testid=bundle-edit-{Newborn}]");

        await page.Find($"[data-testid=bundle-edit-{Newborn}]").ClickAsync(new());
        page.Find("input[data-testid=bundle-promised]").Change("5");
        await page.Find("[data-testid=bundle-save]").ClickAsync(new());

        await page.WaitForAssertionAsync(() => Assert.NotEmpty(page.FindAll("[data-testid=bundle-editor]")));
        Assert.Equal(12, await PromiseAsync(Newborn));

        page.Find("input[data-testid=bundle-promised]").Change("15");
        await page.Find("[data-testid=bundle-save]").ClickAsync(new());

        await page.WaitForAssertionAsync(() => Assert.Empty(page.FindAll("[data-testid=bundle-editor]")));
        Assert.Equal("承诺15个工作日", page.Find($"[data-testid=bundle-promise-{Newborn}]").TextContent.Trim());
        Assert.Equal(15, await PromiseAsync(Newborn));
        await using var db = await _factory.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "catalog.bundle" && a.Subject == Newborn && a.Actor == "district" && a.Details.Contains("承诺15")));
    }

    [Fact]
    public async Task CatalogPage_HallManager_SeesBundlesWithoutButtons()
    {
        await SignInAsync(await _factory.ActorAsync("manager"));
        var page = Render<CatalogPage>();

        await page.WaitForElementAsync($"[data-testid=bundle-{Newborn}]");
        Assert.Empty(page.FindAll("[data-testid^=bundle-edit-]"));
        Assert.Empty(page.FindAll("[data-testid=bundle-new]"));
    }

    [Fact]
    public async Task SaveBundle_New_IsOfferedAtIntake_AndRetiredItIsNot_WhileItsCaseKeepsItsItems()
    {
        var district = await _factory.ActorAsync("district");
        await _factory.Get<SaveBundle>().HandleAsync(district,
            new SaveBundle.Command(true, "YJS-9001", "开办小吃店", "kbxcd", "食品经营许可和户外招牌一次申请", [Food, Signboard], 5));

        var hit = Assert.Single(await _factory.Get<CatalogQueries>().SearchAsync("kbxcd"));
        Assert.Equal(("YJS-9001", 5), (hit.Code, hit.PromisedDays));
        var taken = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, "YJS-9001",
            ["legal-rep-id", "application-spjy", "equipment-layout-spjy", "food-safety-rules-spjy", "application-hwzp", "signboard-design"]);

        await _factory.Get<RetireBundle>().HandleAsync(district, "YJS-9001", retire: true);

        Assert.Empty(await _factory.Get<CatalogQueries>().SearchAsync("kbxcd"));
        Assert.Null(await _factory.Get<CatalogQueries>().SelectAsync("YJS-9001"));
        var kept = await DocumentCases.LoadAsync(_factory, taken.CaseNumber);
        Assert.Equal([Food, Signboard], kept.Items.Select(i => i.Code));
    }

    [Fact]
    public async Task SaveBundle_PromiseShorterThanAnItem_OrByAHallManager_IsRefusedAndNothingIsSaved()
    {
        var short_ = new SaveBundle.Command(true, "YJS-9002", "开办小吃店", "kbxcd2", "", [Food, Signboard], 3);

        var district = await _factory.ActorAsync("district");
        var ex = await Assert.ThrowsAsync<DomainException>(() => _factory.Get<SaveBundle>().HandleAsync(district, short_));
        var denied = await Assert.ThrowsAsync<DomainException>(async () =>
            await _factory.Get<SaveBundle>().HandleAsync(await _factory.ActorAsync("manager"), short_ with { PromisedDays = 5 }));

        Assert.Equal(("Bundle.PromiseShorterThanItem", EditCatalog.DistrictOnly), (ex.Key, denied.Key));
        await using var db = await _factory.DbAsync();
        Assert.False(await db.Bundles.AnyAsync(b => b.Code == "YJS-9002"));
    }

    [Fact]
    public async Task MoveBundle_Up_SwapsItWithTheOneBefore_InTheIntakesOrder()
    {
        await _factory.Get<MoveBundle>().HandleAsync(await _factory.ActorAsync("district"), "YJS-0002");

        var hits = (await _factory.Get<CatalogQueries>().SearchAsync("YJS-000")).Select(h => h.Code).ToList();
        Assert.True(hits.IndexOf("YJS-0002") < hits.IndexOf("YJS-0001"));
    }

    private async Task<int?> PromiseAsync(string code)
    {
        await using var db = await _factory.DbAsync();
        return (await db.Bundles.SingleAsync(b => b.Code == code)).PromisedDays;
    }
}
