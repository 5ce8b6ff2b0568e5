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
}
