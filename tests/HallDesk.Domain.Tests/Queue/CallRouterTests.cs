using HallDesk.Domain.Queue;

namespace HallDesk.Domain.Tests.Queue;

public class CallRouterTests
{
    [Fact]
    public void PickNext_NobodyWaiting_ReturnsNull()
    {
        var counter = new CounterBuilder().ForLines("A").OpenedBy().Build();

        var next = CallRouter.PickNext(counter, []);

        Assert.Null(next);
    }

    [Fact]
    public void PickNext_OneLine_ReturnsTheLongestWait()
    {
        var counter = new CounterBuilder().ForLines("A").OpenedBy().Build();
        var newer = new TicketBuilder().InLine("A").WithSequence(2).IssuedAtMinute(10).Build();
        var older = new TicketBuilder().InLine("A").WithSequence(1).IssuedAtMinute(2).Build();

        var next = CallRouter.PickNext(counter, [newer, older]);

        Assert.Same(older, next);
    }

    [Fact]
    public void PickNext_SeveralLines_PrefersTheHigherPriorityLineOverAnOlderTicket()
    {
        var counter = new CounterBuilder().ForLines("B", "A").OpenedBy().Build();
        var olderInA = new TicketBuilder().InLine("A").IssuedAtMinute(0).Build();
        var newerInB = new TicketBuilder().InLine("B").IssuedAtMinute(30).Build();

        var next = CallRouter.PickNext(counter, [olderInA, newerInB]);

        Assert.Same(newerInB, next);
    }

    [Fact]
    public void PickNext_PriorityLineEmpty_FallsBackToTheNextServedLine()
    {
        var counter = new CounterBuilder().ForLines("B", "A", "C").OpenedBy().Build();
        var inC = new TicketBuilder().InLine("C").IssuedAtMinute(0).Build();
        var inA = new TicketBuilder().InLine("A").IssuedAtMinute(20).Build();

        var next = CallRouter.PickNext(counter, [inC, inA]);

        Assert.Same(inA, next);
    }

    [Fact]
    public void PickNext_GreenChannelTicket_BeatsAnOlderNormalTicket()
    {
        var counter = new CounterBuilder().ForLines("A").OpenedBy().Build();
        var olderNormal = new TicketBuilder().InLine("A").IssuedAtMinute(0).Build();
        var newerGreen = new TicketBuilder().InLine("A").GreenChannel().IssuedAtMinute(40).Build();

        var next = CallRouter.PickNext(counter, [olderNormal, newerGreen]);

        Assert.Same(newerGreen, next);
    }

    [Fact]
    public void PickNext_GreenChannelInALowerPriorityLine_BeatsTheHigherPriorityLine()
    {
        var counter = new CounterBuilder().ForLines("A", "B").OpenedBy().Build();
        var normalInA = new TicketBuilder().InLine("A").IssuedAtMinute(0).Build();
        var greenInB = new TicketBuilder().InLine("B").GreenChannel().IssuedAtMinute(40).Build();

        var next = CallRouter.PickNext(counter, [normalInA, greenInB]);

        Assert.Same(greenInB, next);
    }

    [Fact]
    public void PickNext_SeveralGreenChannelTickets_ReturnsTheLongestGreenWaitAcrossLines()
    {
        var counter = new CounterBuilder().ForLines("A", "B").OpenedBy().Build();
        var greenInA = new TicketBuilder().InLine("A").GreenChannel().IssuedAtMinute(30).Build();
        var greenInB = new TicketBuilder().InLine("B").GreenChannel().IssuedAtMinute(10).Build();

        var next = CallRouter.PickNext(counter, [greenInA, greenInB]);

        Assert.Same(greenInB, next);
    }

    [Fact]
    public void PickNext_GreenChannelOfAnUnservedLine_IsIgnored()
    {
        var counter = new CounterBuilder().ForLines("A").OpenedBy().Build();
        var normalInA = new TicketBuilder().InLine("A").IssuedAtMinute(20).Build();
        var greenInC = new TicketBuilder().InLine("C").GreenChannel().IssuedAtMinute(0).Build();

        var next = CallRouter.PickNext(counter, [greenInC, normalInA]);

        Assert.Same(normalInA, next);
    }

    [Fact]
    public void PickNext_TicketTransferredToThisCounter_BeatsGreenChannel()
    {
        var counter = new CounterBuilder().Number(2).ForLines("A").OpenedBy().Build();
        var green = new TicketBuilder().InLine("A").GreenChannel().IssuedAtMinute(0).Build();
        var transferredHere = new TicketBuilder().InLine("A").IssuedAtMinute(30).TransferredToCounter(2).Build();

        var next = CallRouter.PickNext(counter, [green, transferredHere]);

        Assert.Same(transferredHere, next);
    }

    [Fact]
    public void PickNext_TicketTransferredToThisCounterFromAnUnservedLine_IsStillPicked()
    {
        var counter = new CounterBuilder().Number(2).ForLines("A").OpenedBy().Build();
        var inA = new TicketBuilder().InLine("A").IssuedAtMinute(0).Build();
        var transferredHere = new TicketBuilder().InLine("D").IssuedAtMinute(30).TransferredToCounter(2).Build();

        var next = CallRouter.PickNext(counter, [inA, transferredHere]);

        Assert.Same(transferredHere, next);
    }

    [Fact]
    public void PickNext_SeveralTransferredHere_ReturnsTheLongestWait()
    {
        var counter = new CounterBuilder().Number(2).ForLines("A").OpenedBy().Build();
        var newer = new TicketBuilder().InLine("A").IssuedAtMinute(30).TransferredToCounter(2).Build();
        var older = new TicketBuilder().InLine("A").IssuedAtMinute(5).TransferredToCounter(2).Build();

        var next = CallRouter.PickNext(counter, [newer, older]);

        Assert.Same(older, next);
    }

    [Fact]
    public void PickNext_TicketTransferredToAnotherCounter_IsNeverPicked()
    {
        var counter = new CounterBuilder().Number(2).ForLines("A").OpenedBy().Build();
        var greenForCounter5 = new TicketBuilder().InLine("A").GreenChannel().IssuedAtMinute(0).TransferredToCounter(5).Build();
        var normalForCounter5 = new TicketBuilder().InLine("A").IssuedAtMinute(1).TransferredToCounter(5).Build();
        var normal = new TicketBuilder().InLine("A").IssuedAtMinute(20).Build();

        var next = CallRouter.PickNext(counter, [greenForCounter5, normalForCounter5, normal]);

        Assert.Same(normal, next);
    }

    [Fact]
    public void PickNext_OnlyTicketsTransferredToAnotherCounter_ReturnsNull()
    {
        var counter = new CounterBuilder().Number(2).ForLines("A").OpenedBy().Build();
        var forCounter5 = new TicketBuilder().InLine("A").TransferredToCounter(5).Build();

        var next = CallRouter.PickNext(counter, [forCounter5]);

        Assert.Null(next);
    }

    [Fact]
    public void PickNext_OnlyTicketsOfUnservedLines_ReturnsNull()
    {
        var counter = new CounterBuilder().ForLines("A", "B").OpenedBy().Build();
        var inC = new TicketBuilder().InLine("C").IssuedAtMinute(0).Build();
        var inD = new TicketBuilder().InLine("D").IssuedAtMinute(1).Build();

        var next = CallRouter.PickNext(counter, [inC, inD]);

        Assert.Null(next);
    }

    [Fact]
    public void PickNext_TicketsThatAreNotWaiting_AreIgnored()
    {
        var counter = new CounterBuilder().Number(2).ForLines("A").OpenedBy().Build();
        var called = new TicketBuilder().InLine("A").IssuedAtMinute(0).Called(counterNumber: 1).Build();
        var parked = new TicketBuilder().InLine("A").IssuedAtMinute(1).Parked(counterNumber: 3).Build();
        var noShow = new TicketBuilder().InLine("A").IssuedAtMinute(2).NoShow().Build();
        var waiting = new TicketBuilder().InLine("A").IssuedAtMinute(30).Build();

        var next = CallRouter.PickNext(counter, [called, parked, noShow, waiting]);

        Assert.Same(waiting, next);
    }

    [Fact]
    public void PickNext_TicketsOfAnotherHall_AreIgnored()
    {
        var counter = new CounterBuilder().InHall("H01").ForLines("A").OpenedBy().Build();
        var otherHall = new TicketBuilder().InHall("H02").InLine("A").IssuedAtMinute(0).Build();

        var next = CallRouter.PickNext(counter, [otherHall]);

        Assert.Null(next);
    }

    [Fact]
    public void PickNext_TicketTransferredToALine_WaitsThereByItsOriginalTime()
    {
        var counter = new CounterBuilder().ForLines("B").OpenedBy().Build();
        var fromA = new TicketBuilder().InLine("A").IssuedAtMinute(0).Serving(counterNumber: 7).Build();
        fromA.TransferToLine("B");
        var issuedInB = new TicketBuilder().InLine("B").IssuedAtMinute(10).Build();

        var next = CallRouter.PickNext(counter, [issuedInB, fromA]);

        Assert.Same(fromA, next);
    }

    [Fact]
    public void PickNext_RejoinedNoShowBehindOnePerson_ComesSecond()
    {
        var counter = new CounterBuilder().ForLines("A").OpenedBy().Build();
        var first = new TicketBuilder().InLine("A").WithSequence(2).IssuedAtMinute(1).Build();
        var second = new TicketBuilder().InLine("A").WithSequence(3).IssuedAtMinute(2).Build();
        var rejoined = new TicketBuilder().InLine("A").WithSequence(1).IssuedAtMinute(0).NoShow().Build();
        rejoined.Rejoin(QueuePlacement.Behind([first.QueuedAt, second.QueuedAt], behind: 1, At.Minute(20)));
        List<Ticket> waiting = [first, second, rejoined];

        var picked = CallRouter.PickNext(counter, waiting);
        waiting.Remove(picked!);
        var pickedNext = CallRouter.PickNext(counter, waiting);

        Assert.Same(first, picked);
        Assert.Same(rejoined, pickedNext);
    }
}
