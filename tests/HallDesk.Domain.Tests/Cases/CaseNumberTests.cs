using HallDesk.Domain.Cases;

namespace HallDesk.Domain.Tests.Cases;

public class CaseNumberTests
{
    [Theory]
    [InlineData(1, "AM202612010001")]
    [InlineData(42, "AM202612010042")]
    [InlineData(9999, "AM202612019999")]
    public void Format_HallDateAndSequence_PadsSequenceToFourDigits(int sequence, string expected)
    {
        Assert.Equal(expected, CaseNumber.Format("AM", new DateOnly(2026, 12, 1), sequence));
    }

    [Fact]
    public void Prefix_IsTheStartOfEveryNumberOfThatDay()
    {
        var day = new DateOnly(2026, 12, 1);

        Assert.Equal("AM20261201", CaseNumber.Prefix("AM", day));
        Assert.StartsWith(CaseNumber.Prefix("AM", day), CaseNumber.Format("AM", day, 7));
    }
}
