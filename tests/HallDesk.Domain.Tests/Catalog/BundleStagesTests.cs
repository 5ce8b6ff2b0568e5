using HallDesk.Domain.Catalog;

namespace HallDesk.Domain.Tests.Catalog;

public class BundleStagesTests
{
    /// <summary>企业开办 as the district runs it: 设立登记 (1 day) first, then five 即办 items in parallel.</summary>
    private static readonly ServiceItem[] Opening =
    [
        CatalogSamples.Item("SL", "企业设立登记", promisedDays: 1),
        CatalogSamples.Item("YZ", "印章刻制备案", promisedDays: 0, instant: true),
        CatalogSamples.Item("FP", "发票申领", promisedDays: 0, instant: true),
        CatalogSamples.Item("SB", "单位社会保险登记", promisedDays: 0, instant: true),
    ];

    private static Bundle CompanyOpening(int? promised, Dictionary<string, int>? stages) =>
        new("YJS-0001", "企业开办", "qykb", "", ["SL", "YZ", "FP", "SB"], promised, stages: stages);

    private static Dictionary<string, int> SecondStage => new() { ["SL"] = 1, ["YZ"] = 2, ["FP"] = 2, ["SB"] = 2 };

    [Fact]
    public void StageOf_StagedBundle_GivesEachItemsStage()
    {
        var bundle = CompanyOpening(2, SecondStage);

        Assert.Equal(2, bundle.StageCount);
        Assert.Equal(1, bundle.StageOf("SL"));
        Assert.Equal(2, bundle.StageOf("FP"));
    }

    [Fact]
    public void Revise_AllInStageOne_KeepsNoStages()
    {
        var bundle = CompanyOpening(2, new() { ["SL"] = 1, ["YZ"] = 1 });

        Assert.Empty(bundle.ItemStages);
        Assert.Equal(1, bundle.StageCount);
    }

    [Theory]
    [InlineData(1, 3, "Bundle.StageMissing")]
    [InlineData(2, 2, "Bundle.StageMissing")]
    [InlineData(0, 1, "Bundle.StageBelowOne")]
    public void Revise_StagesNotContiguousFromOne_Throws(int first, int others, string key)
    {
        var stages = new Dictionary<string, int> { ["SL"] = first, ["YZ"] = others, ["FP"] = others, ["SB"] = others };

        var ex = Assert.Throws<DomainException>(() => CompanyOpening(2, stages));

        Assert.Equal(key, ex.Key);
    }

    [Fact]
    public void EnsurePromiseKept_InStages_CountsTheSumOfEachStagesSlowestItem()
    {
        // One stage: the slowest item, 1 day. In stages: 1 (设立登记) + 1 (the 即办 items, one day from the opening) = 2.
        var staged = CompanyOpening(1, SecondStage);

        var ex = Assert.Throws<DomainException>(() => staged.EnsurePromiseKept(Opening));

        Assert.Equal("Bundle.PromiseShorterThanStages", ex.Key);
        Assert.Equal(["企业开办", 1, 2, 2], ex.Args);
        CompanyOpening(1, null).EnsurePromiseKept(Opening);
        CompanyOpening(2, SecondStage).EnsurePromiseKept(Opening);
    }

    [Fact]
    public void DaysTaken_SumsStagesAndGivesLaterInstantItemsOneDay()
    {
        Assert.Equal(5 + 1 + 3, StagePlan.DaysTaken([(1, 5), (1, 2), (2, 0), (3, 3), (3, 1)]));
        Assert.Equal(0, StagePlan.DaysTaken([(1, 0), (1, 0)]));
    }
}
