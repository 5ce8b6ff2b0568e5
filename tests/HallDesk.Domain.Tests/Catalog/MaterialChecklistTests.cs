using HallDesk.Domain.Catalog;
using static HallDesk.Domain.Tests.Catalog.CatalogSamples;

namespace HallDesk.Domain.Tests.Catalog;

public class MaterialChecklistTests
{
    [Fact]
    public void Merge_SameKeyInTwoItems_AppearsOnceListingBothItems()
    {
        var food = ItemWith("FOOD", Material("id-card"), Material("lease"));
        var health = ItemWith("HEALTH", Material("id-card"), Material("floor-plan"));

        var lines = MaterialChecklist.Merge([food, health]);

        Assert.Single(lines, l => l.Key == "id-card");
        Assert.Equal(["FOOD", "HEALTH"], lines.Single(l => l.Key == "id-card").ItemCodes);
        Assert.Equal(["FOOD"], lines.Single(l => l.Key == "lease").ItemCodes);
    }

    [Fact]
    public void Merge_KeysOfSeveralItems_KeepOrderOfFirstAppearance()
    {
        var food = ItemWith("FOOD", Material("id-card"), Material("lease"));
        var health = ItemWith("HEALTH", Material("floor-plan"), Material("id-card"));
        var fire = ItemWith("FIRE", Material("fire-plan"), Material("lease"), Material("floor-plan"));

        var lines = MaterialChecklist.Merge([food, health, fire]);

        Assert.Equal(["id-card", "lease", "floor-plan", "fire-plan"], lines.Select(l => l.Key));
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void Merge_RequiredByAnyItem_IsRequired(bool firstRequires, bool secondRequires)
    {
        var lines = MaterialChecklist.Merge([
            ItemWith("A", Material("lease", required: firstRequires)),
            ItemWith("B", Material("lease", required: secondRequires)),
        ]);

        Assert.True(lines.Single().Material.Required);
    }

    [Fact]
    public void Merge_RequiredByNoItem_StaysOptional()
    {
        var lines = MaterialChecklist.Merge([
            ItemWith("A", Material("photo", required: false)),
            ItemWith("B", Material("photo", required: false)),
        ]);

        Assert.False(lines.Single().Material.Required);
    }

    [Theory]
    [InlineData(1, 3)]
    [InlineData(3, 1)]
    public void Merge_DifferentCopies_TakesTheMost(int first, int second)
    {
        var lines = MaterialChecklist.Merge([
            ItemWith("A", Material("lease", copies: first)),
            ItemWith("B", Material("lease", copies: second)),
        ]);

        Assert.Equal(3, lines.Single().Material.Copies);
    }

    [Fact]
    public void Merge_LicenceOrSharingKnownToAnyItem_IsKept()
    {
        var lines = MaterialChecklist.Merge([
            ItemWith("A", Material("business-licence"), Material("site-proof")),
            ItemWith("B", Material("business-licence", licence: "营业执照"), Material("site-proof", sharedBy: "自然资源局")),
        ]);

        Assert.Equal("营业执照", lines.Single(l => l.Key == "business-licence").Material.Licence);
        Assert.Equal("自然资源局", lines.Single(l => l.Key == "site-proof").Material.SharedBy);
    }

    [Fact]
    public void Merge_LicenceNamedByFirstItem_IsNotOverwrittenByLater()
    {
        var lines = MaterialChecklist.Merge([
            ItemWith("A", Material("business-licence", licence: "营业执照", sharedBy: "市场监管局")),
            ItemWith("B", Material("business-licence")),
        ]);

        Assert.Equal("营业执照", lines.Single().Material.Licence);
        Assert.Equal("市场监管局", lines.Single().Material.SharedBy);
    }

    [Fact]
    public void Merge_NoItems_IsEmpty()
    {
        Assert.Empty(MaterialChecklist.Merge([]));
    }

    [Fact]
    public void ForAgent_ItemWithoutPowerOfAttorney_AddsItRequiredForEveryItem()
    {
        var lines = MaterialChecklist.ForAgent(MaterialChecklist.Merge([ItemWith("FOOD", Material("id-card")), ItemWith("FIRE", Material("fire-plan"))]));

        var line = lines[^1];
        Assert.Equal((MaterialChecklist.PowerOfAttorneyKey, "授权委托书", true), (line.Key, line.Material.Name, line.Material.Required));
        Assert.Equal(["FOOD", "FIRE"], line.ItemCodes);
    }

    [Fact]
    public void ForAgent_ItemsOwnOptionalPowerOfAttorney_BecomesRequiredOnce()
    {
        var optional = Material(MaterialChecklist.PowerOfAttorneyKey) with { Required = false };

        var lines = MaterialChecklist.ForAgent(MaterialChecklist.Merge([ItemWith("QUERY", Material("id-card"), optional)]));

        Assert.True(Assert.Single(lines, l => l.Key == MaterialChecklist.PowerOfAttorneyKey).Material.Required);
        Assert.Equal(2, lines.Count);
    }

    [Theory]
    [InlineData(true, true, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    public void Merge_Deferrable_OnlyWhereEveryItemAllowsIt(bool first, bool second, bool merged)
    {
        var lines = MaterialChecklist.Merge([ItemWith("FOOD", Material("rules") with { Deferrable = first }), ItemWith("HEALTH", Material("rules") with { Deferrable = second })]);

        Assert.Equal(merged, Assert.Single(lines).Material.Deferrable);
    }
}
