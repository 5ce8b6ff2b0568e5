using HallDesk.Domain.Catalog;

namespace HallDesk.Domain.Tests.Catalog;

public class BundleTests
{
    private static Bundle Restaurant(params string[] itemCodes) =>
        new("YJS-001", "开餐馆", "kcg", "开办餐饮店一件事", itemCodes);

    [Fact]
    public void Constructor_RepeatedItem_IsKeptOnce()
    {
        var bundle = Restaurant("FOOD", "HEALTH", "FOOD", "FIRE");

        Assert.Equal(["FOOD", "HEALTH", "FIRE"], bundle.ItemCodes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("FOOD")]
    [InlineData("FOOD,FOOD")]
    public void Constructor_FewerThanTwoDistinctItems_Throws(string itemCodes)
    {
        Assert.Throws<DomainException>(() => Restaurant(itemCodes.Split(',', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Theory]
    [InlineData("餐馆")]
    [InlineData("yjs-001")]
    [InlineData("KCG")]
    public void Matches_NameCodeOrPinyin_IsTrue(string query)
    {
        Assert.True(Restaurant("FOOD", "HEALTH").Matches(query));
    }

    [Fact]
    public void Matches_Blank_IsFalse()
    {
        Assert.False(Restaurant("FOOD", "HEALTH").Matches(" "));
    }

    [Fact]
    public void EnsurePromiseKept_PromiseShorterThanSlowestItem_ThrowsNamingTheItem()
    {
        // 新生儿出生 promised 5 working days while 社保卡申领 takes 12.
        var bundle = new Bundle("YJS-0003", "新生儿出生", "xsecs", "", ["BIRTH", "CARD"], promisedDays: 5);

        var ex = Assert.Throws<DomainException>(() => bundle.EnsurePromiseKept(
            [CatalogSamples.Item("BIRTH", "出生户口登记", promisedDays: 0, instant: true), CatalogSamples.Item("CARD", "社保卡申领", legalDays: null, promisedDays: 12)]));

        Assert.Equal("Bundle.PromiseShorterThanItem", ex.Key);
        Assert.Equal(["新生儿出生", 5, "社保卡申领", 12], ex.Args);
    }

    [Theory]
    [InlineData(12)]
    [InlineData(15)]
    [InlineData(null)]
    public void EnsurePromiseKept_PromiseAtLeastTheSlowestItem_Passes(int? promised)
    {
        var bundle = new Bundle("YJS-0003", "新生儿出生", "xsecs", "", ["BIRTH", "CARD"], promised);

        bundle.EnsurePromiseKept([CatalogSamples.Item("BIRTH", promisedDays: 0), CatalogSamples.Item("CARD", legalDays: null, promisedDays: 12)]);
    }

    [Fact]
    public void EnsurePromiseKept_InstantItemWithPromisedDays_CountsAsConcludedAtOnce()
    {
        var bundle = new Bundle("YJS-0002", "开办餐饮店", "kbcyd", "", ["SOLE", "FOOD"], promisedDays: 5);

        bundle.EnsurePromiseKept([CatalogSamples.Item("SOLE", promisedDays: 8, instant: true), CatalogSamples.Item("FOOD", promisedDays: 5)]);
    }

    [Fact]
    public void EnsurePromiseKept_ItemNotInCatalog_Throws()
    {
        var bundle = new Bundle("YJS-0002", "开办餐饮店", "kbcyd", "", ["SOLE", "GONE"], promisedDays: 5);

        var ex = Assert.Throws<DomainException>(() => bundle.EnsurePromiseKept([CatalogSamples.Item("SOLE")]));

        Assert.Equal(("Bundle.UnknownItem", "GONE"), (ex.Key, ex.Args[1]));
    }

    [Fact]
    public void Constructor_NegativePromise_Throws()
    {
        Assert.Throws<DomainException>(() => new Bundle("YJS-0002", "开办餐饮店", "kbcyd", "", ["SOLE", "FOOD"], promisedDays: -1));
    }

    [Fact]
    public void Revise_NewItemsAndPromise_AreKept_BlankNameOrOneItemIsRefused()
    {
        var bundle = Restaurant("FOOD", "HEALTH");

        bundle.Revise(" 开办餐饮店 ", "kbcyd", "一次申请", ["FOOD", "FIRE", " FOOD"], 5);

        Assert.Equal(("开办餐饮店", 5), (bundle.Name, bundle.PromisedDays));
        Assert.Equal(["FOOD", "FIRE"], bundle.ItemCodes);
        Assert.Equal("Bundle.NameRequired", Assert.Throws<DomainException>(() => bundle.Revise(" ", "", "", ["FOOD", "FIRE"], 5)).Key);
        Assert.Equal("Bundle.TooFewItems", Assert.Throws<DomainException>(() => bundle.Revise("开办餐饮店", "", "", ["FOOD"], 5)).Key);
    }

    [Fact]
    public void Retire_ThenReinstate_FlipsRetired()
    {
        var bundle = Restaurant("FOOD", "HEALTH");

        bundle.Retire();
        Assert.True(bundle.Retired);
        bundle.Reinstate();
        Assert.False(bundle.Retired);
    }
}
