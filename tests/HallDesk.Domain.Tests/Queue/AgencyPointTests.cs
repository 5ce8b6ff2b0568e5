using HallDesk.Domain.Queue;

namespace HallDesk.Domain.Tests.Queue;

public sealed class AgencyPointTests
{
    private static readonly DateTime Noon = new(2026, 12, 7, 4, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void New_CodeIsTrimmedAndUpperCased_UnderItsHall()
    {
        var point = new AgencyPoint(" xy01 ", " 向阳社区代办点 ", "XY", "向阳街 40 号");

        Assert.Equal(("XY01", "向阳社区代办点", "XY", false), (point.Code, point.Name, point.HallCode, point.IsRetired));
    }

    [Theory]
    [InlineData("1XY", "向阳社区代办点", "AgencyPoint.CodeFormat")]
    [InlineData("X", "向阳社区代办点", "AgencyPoint.CodeFormat")]
    [InlineData("XY-01", "向阳社区代办点", "AgencyPoint.CodeFormat")]
    [InlineData("XY01", "点", "AgencyPoint.NameLength")]
    public void New_BadCodeOrName_IsRefusedWithItsKey(string code, string name, string key)
    {
        var error = Assert.Throws<DomainException>(() => new AgencyPoint(code, name, "XY", ""));

        Assert.Equal(key, error.Key);
    }

    [Fact]
    public void Retired_TakesInNothing_AndCannotBeRetiredTwice()
    {
        var point = new AgencyPoint("XY01", "向阳社区代办点", "XY", "");
        point.EnsureTakesIn();

        point.Retire(Noon);

        Assert.Equal(Noon, point.RetiredAt);
        Assert.Equal("AgencyPoint.Retired", Assert.Throws<DomainException>(point.EnsureTakesIn).Key);
        Assert.Equal("AgencyPoint.AlreadyRetired", Assert.Throws<DomainException>(() => point.Retire(Noon)).Key);
    }
}
