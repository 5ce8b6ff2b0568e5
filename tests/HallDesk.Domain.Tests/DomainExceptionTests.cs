using HallDesk.Domain.Queue;

namespace HallDesk.Domain.Tests;

public class DomainExceptionTests
{
    [Fact]
    public void Constructor_KeyAndArgs_AreCarriedAsGiven()
    {
        var error = new DomainException("Ticket.CallNotWaiting", "A001", TicketStatus.Serving);

        Assert.Equal("Ticket.CallNotWaiting", error.Key);
        Assert.Equal(["A001", TicketStatus.Serving], error.Args);
        Assert.Same(error.Text.Args, error.Args);
    }

    [Fact]
    public void Message_IsTheKeyAndArgs_ForLogs()
    {
        var error = new DomainException("Booking.SlotFull", new TimeOnly(9, 30), new DateOnly(2026, 10, 8), new List<string> { "甲", "乙" });

        Assert.Equal("Booking.SlotFull [09:30, 2026-10-08, 甲|乙]", error.Message);
    }

    [Fact]
    public void Message_WithoutArgs_IsTheKey()
    {
        Assert.Equal("Counter.NotOpen", new DomainException("Counter.NotOpen").Message);
    }

    [Fact]
    public void RuleBroken_ThrowsKeyWithPlainArgs()
    {
        var ticket = new TicketBuilder().Build();

        var error = Assert.Throws<DomainException>(() => ticket.Finish(At.Minute(15)));

        Assert.Equal("Ticket.FinishNotAtCounter", error.Key);
        Assert.Equal(["A001", TicketStatus.Waiting], error.Args);
    }
}
