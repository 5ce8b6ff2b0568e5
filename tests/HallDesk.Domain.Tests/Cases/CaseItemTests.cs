using HallDesk.Domain.Cases;

namespace HallDesk.Domain.Tests.Cases;

public class CaseItemTests
{
    [Fact]
    public void WithCommitment_CommitmentAllowed_ConcludesAtOnceInNoDays()
    {
        var item = CaseItems.HygieneByCommitment(promisedDays: 10).WithCommitment();

        Assert.True(item.ConcludesAtOnce);
        Assert.True(item.ByCommitment);
        Assert.Equal(0, item.EffectiveDays);
        Assert.Equal(10, item.PromisedDays); // the catalog's limit is kept, only not counted
    }

    [Fact]
    public void WithCommitment_CommitmentNotAllowed_ChangesNothing()
    {
        var item = CaseItems.Food(promisedDays: 5);

        Assert.Equal(item, item.WithCommitment());
        Assert.False(item.WithCommitment().ConcludesAtOnce);
    }

    [Theory]
    [InlineData(5, false, 5)]
    [InlineData(5, true, 0)]
    [InlineData(0, false, 0)]
    public void EffectiveDays_ConcludingAtOnce_IsZero(int promisedDays, bool concludesAtOnce, int expected)
    {
        var item = new CaseItem("SP-XK-0001", "食品经营许可", CaseItems.Market, "市场监管局", promisedDays, concludesAtOnce);

        Assert.Equal(expected, item.EffectiveDays);
    }
}
