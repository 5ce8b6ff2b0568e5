using HallDesk.Domain.Queue;

namespace HallDesk.Domain.Tests.Queue;

public class CounterTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_NumberBelowOne_Throws(int number)
    {
        var error = Assert.Throws<DomainException>(
            () => new Counter("H01", number, "窗口", CounterKind.Comprehensive, ["A"]));

        Assert.Equal("Counter.NumberTooSmall", error.Key);
    }

    [Fact]
    public void Constructor_NoServedLines_Throws()
    {
        var error = Assert.Throws<DomainException>(
            () => new Counter("H01", 1, "1号窗口", CounterKind.Specialist, []));

        Assert.Equal("Counter.NoLines", error.Key);
    }

    [Fact]
    public void Constructor_NewCounter_IsClosedWithoutClerk()
    {
        var counter = new CounterBuilder().Build();

        Assert.Equal(CounterState.Closed, counter.State);
        Assert.Null(counter.ClerkUserId);
    }

    [Fact]
    public void ServeLines_RepeatedLine_KeptOnceInPriorityOrder()
    {
        var counter = new CounterBuilder().Build();

        counter.ServeLines(["C", "A", "C", "E"]);

        Assert.Equal(new[] { "C", "A", "E" }, counter.ServedLines);
        Assert.Equal("C,A,E", counter.Lines);
    }

    [Fact]
    public void ServeLines_Empty_ThrowsAndKeepsTheOldLines()
    {
        var counter = new CounterBuilder().ForLines("A", "B").Build();

        Assert.Throws<DomainException>(() => counter.ServeLines([]));

        Assert.Equal(new[] { "A", "B" }, counter.ServedLines);
    }

    [Fact]
    public void Serves_LineInItsList_TrueOtherwiseFalse()
    {
        var counter = new CounterBuilder().ForLines("A", "C").Build();

        Assert.True(counter.Serves("C"));
        Assert.False(counter.Serves("B"));
    }

    [Fact]
    public void Open_ClosedCounter_OpensForTheClerk()
    {
        var counter = new CounterBuilder().Build();
        var now = At.Minute(1);

        counter.Open(Clerks.WangId, Clerks.WangName, Clerks.WangStaffNumber, now);

        Assert.Equal(CounterState.Open, counter.State);
        Assert.Equal(Clerks.WangId, counter.ClerkUserId);
        Assert.Equal(Clerks.WangName, counter.ClerkName);
        Assert.Equal(Clerks.WangStaffNumber, counter.ClerkStaffNumber);
        Assert.Equal(now, counter.StateSince);
    }

    [Fact]
    public void Open_HeldBySameClerk_LeavesItAsItIs()
    {
        var counter = new CounterBuilder().OpenedBy(Clerks.WangId).ServingTicket(42).Build();
        var since = counter.StateSince;

        counter.Open(Clerks.WangId, Clerks.WangName, Clerks.WangStaffNumber, At.Minute(50));

        Assert.Equal(CounterState.Serving, counter.State);
        Assert.Equal(42, counter.CurrentTicketId);
        Assert.Equal(since, counter.StateSince);
    }

    [Fact]
    public void Open_HeldByAnotherClerk_Throws()
    {
        var counter = new CounterBuilder().Number(3).OpenedBy(Clerks.WangId, Clerks.WangName).Build();

        var error = Assert.Throws<DomainException>(
            () => counter.Open(Clerks.LiId, Clerks.LiName, Clerks.LiStaffNumber, At.Minute(5)));

        Assert.Equal("Counter.OpenedByOther", error.Key);
        Assert.Equal([3, Clerks.WangName], error.Args);
        Assert.Equal(Clerks.WangId, counter.ClerkUserId);
    }

    [Fact]
    public void Open_PausedByAnotherClerk_Throws()
    {
        var counter = new CounterBuilder().OpenedBy(Clerks.WangId).Paused().Build();

        Assert.Throws<DomainException>(
            () => counter.Open(Clerks.LiId, Clerks.LiName, Clerks.LiStaffNumber, At.Minute(50)));

        Assert.Equal(Clerks.WangId, counter.ClerkUserId);
    }

    [Fact]
    public void EnsureOperatedBy_ItsClerk_DoesNotThrow()
    {
        var counter = new CounterBuilder().OpenedBy(Clerks.WangId).Build();

        var error = Record.Exception(() => counter.EnsureOperatedBy(Clerks.WangId));

        Assert.Null(error);
    }

    [Fact]
    public void EnsureOperatedBy_AnotherClerk_Throws()
    {
        var counter = new CounterBuilder().Number(2).OpenedBy(Clerks.WangId).Build();

        var error = Assert.Throws<DomainException>(() => counter.EnsureOperatedBy(Clerks.LiId));

        Assert.Equal("Counter.NotYours", error.Key);
        Assert.Equal([2], error.Args);
    }

    [Fact]
    public void EnsureOperatedBy_ClosedCounter_Throws()
    {
        var counter = new CounterBuilder().Build();

        Assert.Throws<DomainException>(() => counter.EnsureOperatedBy(Clerks.WangId));
    }

    [Fact]
    public void Pause_OpenCounter_PausesWithTheTrimmedReason()
    {
        var counter = new CounterBuilder().OpenedBy().Build();
        var now = At.Minute(20);

        counter.Pause("  系统故障 ", now);

        Assert.Equal(CounterState.Paused, counter.State);
        Assert.Equal("系统故障", counter.PauseReason);
        Assert.Equal(now, counter.StateSince);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Pause_WithoutReason_Throws(string reason)
    {
        var counter = new CounterBuilder().OpenedBy().Build();

        var error = Assert.Throws<DomainException>(() => counter.Pause(reason, At.Minute(20)));

        Assert.Equal("Counter.PauseReasonRequired", error.Key);
        Assert.Equal(CounterState.Open, counter.State);
    }

    [Fact]
    public void Pause_ReasonOfFiftyOneCharacters_Throws()
    {
        var counter = new CounterBuilder().OpenedBy().Build();

        Assert.Throws<DomainException>(() => counter.Pause(new string('修', 51), At.Minute(20)));

        Assert.Equal(CounterState.Open, counter.State);
    }

    [Fact]
    public void Pause_ReasonOfFiftyCharacters_Pauses()
    {
        var counter = new CounterBuilder().OpenedBy().Build();

        counter.Pause(new string('修', 50), At.Minute(20));

        Assert.Equal(CounterState.Paused, counter.State);
    }

    [Fact]
    public void Pause_WhileServing_Throws()
    {
        var counter = new CounterBuilder().OpenedBy().ServingTicket().Build();

        var error = Assert.Throws<DomainException>(() => counter.Pause("午休", At.Minute(20)));

        Assert.Equal("Counter.PauseWhileServing", error.Key);
        Assert.Equal(CounterState.Serving, counter.State);
    }

    [Fact]
    public void Pause_ClosedCounter_Throws()
    {
        var counter = new CounterBuilder().Build();

        Assert.Throws<DomainException>(() => counter.Pause("午休", At.Minute(20)));

        Assert.Equal(CounterState.Closed, counter.State);
    }

    [Fact]
    public void Resume_PausedCounter_OpensAndForgetsTheReason()
    {
        var counter = new CounterBuilder().OpenedBy().Paused("午休").Build();
        var now = At.Minute(90);

        counter.Resume(now);

        Assert.Equal(CounterState.Open, counter.State);
        Assert.Null(counter.PauseReason);
        Assert.Equal(now, counter.StateSince);
    }

    [Fact]
    public void Resume_OpenCounter_Throws()
    {
        var counter = new CounterBuilder().OpenedBy().Build();

        Assert.Throws<DomainException>(() => counter.Resume(At.Minute(90)));
    }

    [Fact]
    public void Close_OpenCounter_ClosesAndReleasesTheClerk()
    {
        var counter = new CounterBuilder().OpenedBy().Build();

        counter.Close(At.Minute(480));

        Assert.Equal(CounterState.Closed, counter.State);
        Assert.Null(counter.ClerkUserId);
        Assert.Null(counter.ClerkName);
        Assert.Null(counter.ClerkStaffNumber);
    }

    [Fact]
    public void Close_PausedCounter_ClosesAndForgetsTheReason()
    {
        var counter = new CounterBuilder().OpenedBy().Paused().Build();

        counter.Close(At.Minute(480));

        Assert.Equal(CounterState.Closed, counter.State);
        Assert.Null(counter.PauseReason);
    }

    [Fact]
    public void Close_WhileServing_Throws()
    {
        var counter = new CounterBuilder().OpenedBy().ServingTicket().Build();

        Assert.Throws<DomainException>(() => counter.Close(At.Minute(480)));

        Assert.Equal(CounterState.Serving, counter.State);
        Assert.Equal(Clerks.WangId, counter.ClerkUserId);
    }

    [Fact]
    public void Open_AfterClose_AnotherClerkCanTakeTheCounter()
    {
        var counter = new CounterBuilder().OpenedBy(Clerks.WangId).Build();
        counter.Close(At.Minute(240));

        counter.Open(Clerks.LiId, Clerks.LiName, Clerks.LiStaffNumber, At.Minute(241));

        Assert.Equal(Clerks.LiId, counter.ClerkUserId);
        Assert.Equal(CounterState.Open, counter.State);
    }

    [Fact]
    public void BeginServing_OpenCounter_ServesTheTicket()
    {
        var counter = new CounterBuilder().OpenedBy().Build();

        counter.BeginServing(7, At.Minute(3));

        Assert.Equal(CounterState.Serving, counter.State);
        Assert.Equal(7, counter.CurrentTicketId);
    }

    [Fact]
    public void BeginServing_PausedCounter_Throws()
    {
        var counter = new CounterBuilder().OpenedBy().Paused().Build();

        var error = Assert.Throws<DomainException>(() => counter.BeginServing(7, At.Minute(40)));

        Assert.Equal("Counter.Paused", error.Key);
        Assert.Null(counter.CurrentTicketId);
    }

    [Fact]
    public void BeginServing_AlreadyServing_Throws()
    {
        var counter = new CounterBuilder().OpenedBy().ServingTicket(42).Build();

        Assert.Throws<DomainException>(() => counter.BeginServing(7, At.Minute(40)));

        Assert.Equal(42, counter.CurrentTicketId);
    }

    [Fact]
    public void BeginServing_ClosedCounter_Throws()
    {
        var counter = new CounterBuilder().Build();

        var error = Assert.Throws<DomainException>(() => counter.BeginServing(7, At.Minute(40)));

        Assert.Equal("Counter.NotOpen", error.Key);
    }

    [Fact]
    public void EndServing_ServingCounter_IsFreeAgain()
    {
        var counter = new CounterBuilder().OpenedBy().ServingTicket(42).Build();

        counter.EndServing(At.Minute(40));

        Assert.Equal(CounterState.Open, counter.State);
        Assert.Null(counter.CurrentTicketId);
    }

    [Fact]
    public void EndServing_OpenCounter_Throws()
    {
        var counter = new CounterBuilder().OpenedBy().Build();

        Assert.Throws<DomainException>(() => counter.EndServing(At.Minute(40)));
    }

    [Fact]
    public void AddLineForToday_ServesTheLineToday_AndItsOwnLinesAgainTheNextDay()
    {
        var counter = new Counter("H01", 4, "4号窗口", CounterKind.Comprehensive, ["A", "C"]);

        counter.AddLineForToday("B", At.ServiceDate);
        var endedToday = counter.EndDayProfile(At.ServiceDate);
        Assert.Equal(["A", "C", "B"], counter.ServedLines);

        var endedTomorrow = counter.EndDayProfile(At.ServiceDate.AddDays(1));

        Assert.False(endedToday);
        Assert.True(endedTomorrow);
        Assert.Equal(["A", "C"], counter.ServedLines);
        Assert.Null(counter.LinesOnlyOn);
    }

    [Fact]
    public void AddLineForToday_TwiceInADay_BothGoTomorrow()
    {
        var counter = new Counter("H01", 4, "4号窗口", CounterKind.Comprehensive, ["A"]);

        counter.AddLineForToday("B", At.ServiceDate);
        counter.AddLineForToday("D", At.ServiceDate);
        counter.EndDayProfile(At.ServiceDate.AddDays(1));

        Assert.Equal(["A"], counter.ServedLines);
    }

    [Fact]
    public void KeepDayProfile_TodaysLinesStayTheNextDay()
    {
        var counter = new Counter("H01", 4, "4号窗口", CounterKind.Comprehensive, ["A"]);
        counter.AddLineForToday("B", At.ServiceDate);

        counter.KeepDayProfile();
        var ended = counter.EndDayProfile(At.ServiceDate.AddDays(1));

        Assert.False(ended);
        Assert.Equal(["A", "B"], counter.ServedLines);
    }

    [Fact]
    public void KeepDayProfile_WithoutAProfileForToday_Throws()
    {
        var counter = new Counter("H01", 4, "4号窗口", CounterKind.Comprehensive, ["A"]);

        var error = Assert.Throws<DomainException>(counter.KeepDayProfile);

        Assert.Equal("Counter.NoDayProfile", error.Key);
    }

    [Fact]
    public void ServeLines_SetOutright_EndsTodaysProfile()
    {
        var counter = new Counter("H01", 4, "4号窗口", CounterKind.Comprehensive, ["A"]);
        counter.AddLineForToday("B", At.ServiceDate);

        counter.ServeLines(["C"]);
        counter.EndDayProfile(At.ServiceDate.AddDays(1));

        Assert.Equal(["C"], counter.ServedLines);
    }
}
