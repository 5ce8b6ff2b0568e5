using HallDesk.Domain.Queue;

namespace HallDesk.Domain.Tests.Queue;

public class QueueLineTests
{
    [Fact]
    public void Constructor_ValidLine_KeepsItsValues()
    {
        var line = new QueueLine("H01", "B", "不动产登记", sortOrder: 2, defaultServiceMinutes: 12.5);

        Assert.Equal("B", line.Code);
        Assert.Equal("不动产登记", line.Name);
        Assert.Equal(2, line.SortOrder);
        Assert.Equal(12.5, line.DefaultServiceMinutes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("AB")]
    [InlineData("1")]
    [InlineData("Ａ")]
    public void Constructor_CodeNotOneUppercaseLetter_Throws(string code)
    {
        var error = Assert.Throws<DomainException>(() => new QueueLine("H01", code, "社保", 1, 10));

        Assert.Equal("Line.CodeInvalid", error.Key);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_BlankName_Throws(string name)
    {
        var error = Assert.Throws<DomainException>(() => new QueueLine("H01", "A", name, 1, 10));

        Assert.Equal("Line.NameRequired", error.Key);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Constructor_DefaultServiceMinutesNotPositive_Throws(double minutes)
    {
        var error = Assert.Throws<DomainException>(() => new QueueLine("H01", "A", "社保", 1, minutes));

        Assert.Equal("Line.MinutesTooSmall", error.Key);
    }
}
