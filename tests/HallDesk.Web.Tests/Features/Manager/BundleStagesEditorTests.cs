using Bunit;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Features.Manager;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Manager;

/// <summary>The bundle editor sets each item's stage (一件事一条链): validated, audited, taken by new cases.</summary>
public sealed class BundleStagesEditorTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private const string NewbornBundle = "YJS-0003"; // 新生儿出生
    private readonly HallDeskFactory _factory;

    public BundleStagesEditorTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Fact]
    public async Task BundleEditor_StageField_GapIsRefused_ContiguousStagesAreSavedAndAudited()
    {
        await SignInAsync(await _factory.ActorAsync("district"));
        var page = Render<CatalogPage>();
        await page.WaitForElementAsync($"[data-testid=bundle-edit-{NewbornBundle}]");
        await page.Find($"[data-testid=bundle-edit-{NewbornBundle}]").ClickAsync(new());
        var codes = await ItemCodesAsync();
        Assert.Equal(codes.Count, page.FindAll("input[data-testid^=bundle-stage-]").Count);
        page.Find("input[data-testid=bundle-promised]").Change("60");

        page.Find($"input[data-testid=bundle-stage-{codes[^1]}]").Change("3");
        await page.Find("[data-testid=bundle-save]").ClickAsync(new());

        await page.WaitForAssertionAsync(() => Assert.NotEmpty(page.FindAll("[data-testid=bundle-editor]")));
        Assert.Equal(1, (await BundleAsync()).StageCount);

        page.Find($"input[data-testid=bundle-stage-{codes[^1]}]").Change("2");
        await page.Find("[data-testid=bundle-save]").ClickAsync(new());

        await page.WaitForAssertionAsync(() => Assert.Empty(page.FindAll("[data-testid=bundle-editor]")));
        var saved = await BundleAsync();
        Assert.Equal((2, 2), (saved.StageCount, saved.StageOf(codes[^1])));
        Assert.All(codes.SkipLast(1), c => Assert.Equal(1, saved.StageOf(c)));
        var selection = await _factory.Get<CatalogQueries>().SelectAsync(NewbornBundle);
        Assert.Equal(2, selection!.Items.Single(i => i.Code == codes[^1]).Stage);
        var staged = $"{codes[^1]}:2";
        await using var db = await _factory.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "catalog.bundle" && a.Subject == NewbornBundle && a.Details.Contains(staged)));
    }

    private async Task<IReadOnlyList<string>> ItemCodesAsync() => (await BundleAsync()).ItemCodes;

    private async Task<HallDesk.Domain.Catalog.Bundle> BundleAsync()
    {
        await using var db = await _factory.DbAsync();
        return await db.Bundles.AsNoTracking().SingleAsync(b => b.Code == NewbornBundle);
    }
}
