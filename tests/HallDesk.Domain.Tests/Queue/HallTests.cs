using HallDesk.Domain.Queue;

namespace HallDesk.Domain.Tests.Queue;

public class HallTests
{
    private static Hall NewHall() => new("H01", "政务服务大厅", "免费帮办");

    [Fact]
    public void Constructor_NewHall_OpensAroundTheClockInShanghaiWithDefaultQueueRules()
    {
        var hall = NewHall();

        Assert.Equal("Asia/Shanghai", hall.TimeZoneId);
        Assert.True(hall.OpenAroundTheClock);
        Assert.Equal(3, hall.NoShowAfterCalls);
        Assert.Equal(3, hall.RejoinBehind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("H0123456789ABCDEF")]
    public void Constructor_CodeEmptyOrLongerThanSixteen_Throws(string code)
    {
        Assert.Throws<DomainException>(() => new Hall(code, "大厅", ""));
    }

    [Fact]
    public void Constructor_CodeOfSixteenCharacters_IsAccepted()
    {
        var hall = new Hall("H0123456789ABCDE", "大厅", "");

        Assert.Equal("H0123456789ABCDE", hall.Code);
    }

    [Fact]
    public void LocalDate_OneMinuteBeforeShanghaiMidnight_IsTheSameDay()
    {
        var utc = new DateTime(2025, 3, 10, 15, 59, 0, DateTimeKind.Utc);

        var date = NewHall().LocalDate(utc);

        Assert.Equal(new DateOnly(2025, 3, 10), date);
    }

    [Fact]
    public void LocalDate_AtShanghaiMidnight_IsTheNextDay()
    {
        var utc = new DateTime(2025, 3, 10, 16, 0, 0, DateTimeKind.Utc);

        var date = NewHall().LocalDate(utc);

        Assert.Equal(new DateOnly(2025, 3, 11), date);
    }

    [Fact]
    public void LocalDate_UnspecifiedKind_IsReadAsUtc()
    {
        var unspecified = new DateTime(2025, 3, 10, 16, 0, 0, DateTimeKind.Unspecified);

        var date = NewHall().LocalDate(unspecified);

        Assert.Equal(new DateOnly(2025, 3, 11), date);
    }

    [Fact]
    public void ToLocal_UtcInstant_IsEightHoursAhead()
    {
        var local = NewHall().ToLocal(new DateTime(2025, 3, 10, 1, 30, 0, DateTimeKind.Utc));

        Assert.Equal(new DateTime(2025, 3, 10, 9, 30, 0), local);
    }

    [Fact]
    public void IsOpenAt_AroundTheClock_IsOpenAtThreeInTheMorning()
    {
        var threeAmLocal = new DateTime(2025, 3, 10, 19, 0, 0, DateTimeKind.Utc);

        Assert.True(NewHall().IsOpenAt(threeAmLocal));
    }

    [Theory]
    [InlineData(0, 59, false)] // 08:59 local
    [InlineData(1, 0, true)] // 09:00 local: opening time is inside
    [InlineData(8, 59, true)] // 16:59 local
    [InlineData(9, 0, false)] // 17:00 local: closing time is outside
    [InlineData(19, 0, false)] // 03:00 local
    public void IsOpenAt_WithHours_IsOpenFromOpeningUntilClosing(int utcHour, int utcMinute, bool expected)
    {
        var hall = NewHall();
        hall.SetHours(new TimeOnly(9, 0), new TimeOnly(17, 0));

        var open = hall.IsOpenAt(new DateTime(2025, 3, 10, utcHour, utcMinute, 0, DateTimeKind.Utc));

        Assert.Equal(expected, open);
    }

    [Fact]
    public void NextOpeningChangeAfter_AroundTheClock_IsNull()
    {
        Assert.Null(NewHall().NextOpeningChangeAfter(new DateTime(2025, 3, 10, 1, 0, 0, DateTimeKind.Utc)));
    }

    [Theory]
    [InlineData(0, 30, 3, 10, 1)] // 08:30 local: opens at 09:00 today
    [InlineData(1, 0, 3, 10, 9)] // 09:00 local, just opened: closes at 17:00
    [InlineData(5, 0, 3, 10, 9)] // 13:00 local: closes at 17:00
    [InlineData(9, 0, 3, 11, 1)] // 17:00 local, just closed: opens tomorrow at 09:00
    [InlineData(17, 0, 3, 11, 1)] // 01:00 local on the 11th: opens at 09:00 that day
    public void NextOpeningChangeAfter_WithHours_IsTheNextOpeningOrClosing(int utcHour, int utcMinute, int month, int day, int expectedUtcHour)
    {
        var hall = NewHall();
        hall.SetHours(new TimeOnly(9, 0), new TimeOnly(17, 0));

        var next = hall.NextOpeningChangeAfter(new DateTime(2025, 3, 10, utcHour, utcMinute, 0, DateTimeKind.Utc));

        Assert.Equal(new DateTime(2025, month, day, expectedUtcHour, 0, 0, DateTimeKind.Utc), next);
        Assert.Equal(DateTimeKind.Utc, next!.Value.Kind);
    }

    [Fact]
    public void SetHours_ValidHours_EndsAroundTheClock()
    {
        var hall = NewHall();

        hall.SetHours(new TimeOnly(8, 30), new TimeOnly(12, 0));

        Assert.False(hall.OpenAroundTheClock);
        Assert.Equal(new TimeOnly(8, 30), hall.OpensAt);
        Assert.Equal(new TimeOnly(12, 0), hall.ClosesAt);
    }

    [Theory]
    [InlineData(17, 9)]
    [InlineData(9, 9)]
    public void SetHours_ClosingNotAfterOpening_Throws(int opensHour, int closesHour)
    {
        var hall = NewHall();

        var error = Assert.Throws<DomainException>(
            () => hall.SetHours(new TimeOnly(opensHour, 0), new TimeOnly(closesHour, 0)));

        Assert.Equal("Hall.ClosesBeforeOpens", error.Key);
        Assert.True(hall.OpenAroundTheClock);
    }

    [Fact]
    public void SetQueueRules_ValidValues_AreKept()
    {
        var hall = NewHall();

        hall.SetQueueRules(noShowAfterCalls: 2, rejoinBehind: 0);

        Assert.Equal(2, hall.NoShowAfterCalls);
        Assert.Equal(0, hall.RejoinBehind);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void SetQueueRules_CallsOutsideOneToTen_Throws(int noShowAfterCalls)
    {
        var hall = NewHall();

        Assert.Throws<DomainException>(() => hall.SetQueueRules(noShowAfterCalls, rejoinBehind: 3));

        Assert.Equal(3, hall.NoShowAfterCalls);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void SetQueueRules_RejoinBehindOutsideZeroToHundred_Throws(int rejoinBehind)
    {
        var hall = NewHall();

        Assert.Throws<DomainException>(() => hall.SetQueueRules(noShowAfterCalls: 3, rejoinBehind));

        Assert.Equal(3, hall.RejoinBehind);
    }

    [Fact]
    public void NewHall_ShortNameIsTheFirstTwoCharacters_AndLevelDistrict()
    {
        var hall = new Hall("AM", "爱民区政务服务中心", "");

        Assert.Equal(("爱民", HallLevel.District), (hall.ShortName, hall.Level));
    }

    [Fact]
    public void Describe_SubHall_KeepsShortNameAndAddress()
    {
        var hall = new Hall("XY", "向阳街道便民服务中心", "");

        hall.Describe("向阳", "向阳街 26 号", HallLevel.SubHall);

        Assert.Equal(("向阳", "向阳街 26 号", HallLevel.SubHall), (hall.ShortName, hall.Address, hall.Level));
    }

    [Theory]
    [InlineData("")]
    [InlineData("一二三四五六七八九")]
    public void Describe_BadShortName_Throws(string shortName) =>
        Assert.Throws<DomainException>(() => new Hall("XY", "向阳街道便民服务中心", "").Describe(shortName, "", HallLevel.SubHall));
}
