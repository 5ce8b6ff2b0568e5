using static HallDesk.Domain.Tests.Catalog.CatalogSamples;

namespace HallDesk.Domain.Tests.Catalog;

public class ServiceItemTests
{
    [Fact]
    public void Constructor_PromisedLongerThanLegal_Throws()
    {
        var ex = Assert.Throws<DomainException>(() => Item(legalDays: 20, promisedDays: 21));

        Assert.Equal("Item.PromisedOverLegal", ex.Key);
    }

    [Fact]
    public void SetTimeLimits_PromisedEqualToLegal_IsAllowed()
    {
        var item = Item();

        item.SetTimeLimits(20, 20);

        Assert.Equal(20, item.PromisedDays);
        Assert.Equal(20, item.LegalDays);
    }

    [Fact]
    public void SetTimeLimits_NoLegalLimit_AllowsAnyPromise()
    {
        var item = Item();

        item.SetTimeLimits(null, 60);

        Assert.Equal(60, item.PromisedDays);
        Assert.Null(item.LegalDays);
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(20, -1)]
    public void SetTimeLimits_Negative_ThrowsAndKeepsOldLimits(int legal, int promised)
    {
        var item = Item(legalDays: 20, promisedDays: 10);

        var ex = Assert.Throws<DomainException>(() => item.SetTimeLimits(legal, promised));

        Assert.Equal("Item.NegativeDays", ex.Key);
        Assert.Equal(10, item.PromisedDays);
        Assert.Equal(20, item.LegalDays);
    }

    [Theory]
    [InlineData(true, 5, true)]
    [InlineData(false, 0, true)]
    [InlineData(false, 5, false)]
    public void ConcludesAtOnce_InstantOrZeroPromisedDays_IsTrue(bool instant, int promisedDays, bool expected)
    {
        Assert.Equal(expected, Item(promisedDays: promisedDays, instant: instant).ConcludesAtOnce);
    }

    [Theory]
    [InlineData("食品经营")]
    [InlineData("sp-xk")]
    [InlineData("SPJY")]
    public void Matches_NameCodeOrPinyinInitials_IsTrue(string query)
    {
        Assert.True(Item(code: "SP-XK-0001", name: "食品经营许可", pinyin: "spjyxk").Matches(query));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("药品")]
    public void Matches_EmptyOrUnrelatedQuery_IsFalse(string query)
    {
        Assert.False(Item(code: "SP-XK-0001", name: "食品经营许可", pinyin: "spjyxk").Matches(query));
    }
}
