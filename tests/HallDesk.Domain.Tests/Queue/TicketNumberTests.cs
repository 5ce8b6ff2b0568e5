using HallDesk.Domain.Queue;

namespace HallDesk.Domain.Tests.Queue;

public class TicketNumberTests
{
    [Theory]
    [InlineData("A", 1, "A001")]
    [InlineData("C", 42, "C042")]
    [InlineData("A", 999, "A999")]
    [InlineData("A", 1000, "A1000")]
    public void Format_Sequence_PadsToThreeDigitsAfterThePrefix(string prefix, int sequence, string expected)
    {
        var number = TicketNumber.Format(prefix, sequence);

        Assert.Equal(expected, number);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Format_SequenceBelowOne_Throws(int sequence)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TicketNumber.Format("A", sequence));
    }

    [Fact]
    public void Next_NothingIssuedToday_IsOne()
    {
        Assert.Equal(1, TicketNumber.Next(null));
    }

    [Fact]
    public void Next_AfterHighestIssued_IsOneMore()
    {
        Assert.Equal(42, TicketNumber.Next(41));
    }
}
