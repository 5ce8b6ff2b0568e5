using HallDesk.Domain.Queue;

namespace HallDesk.Domain.Tests.Queue;

public class CallRouterTests
{
    [Fact]
    public void PickNext_NobodyWaiting_ReturnsNull()
    {
        var counter = new CounterBuilder().ForLines("A").OpenedBy().Build();

        var next = Strict(counter, []);

        Assert.Null(next);
    }

    [Fact]
    public void PickNext_OneLine_ReturnsTheLongestWait()
    {
        var counter = new CounterBuilder().ForLines("A").OpenedBy().Build();
        var newer = new TicketBuilder().InLine("A").WithSequence(2).IssuedAtMinute(10).Build();
        var older = new TicketBuilder().InLine("A").WithSequence(1).IssuedAtMinute(2).Build();

        var next = Strict(counter, [newer, older]);

        Assert.Same(older, next);
    }

    [Fact]
    public void PickNext_SeveralLines_PrefersTheHigherPriorityLineOverAnOlderTicket()
    {
        var counter = new CounterBuilder().ForLines("B", "A").OpenedBy().Build();
        var olderInA = new TicketBuilder().InLine("A").IssuedAtMinute(0).Build();
        var newerInB = new TicketBuilder().InLine("B").IssuedAtMinute(30).Build();

        var next = Strict(counter, [olderInA, newerInB]);

        Assert.Same(newerInB, next);
    }

    [Fact]
    public void PickNext_PriorityLineEmpty_FallsBackToTheNextServedLine()
    {
        var counter = new CounterBuilder().ForLines("B", "A", "C").OpenedBy().Build();
        var inC = new TicketBuilder().InLine("C").IssuedAtMinute(0).Build();
        var inA = new TicketBuilder().InLine("A").IssuedAtMinute(20).Build();

        var next = Strict(counter, [inC, inA]);

        Assert.Same(inA, next);
    }

    [Fact]
    public void PickNext_GreenChannelTicket_BeatsAnOlderNormalTicket()
    {
        var counter = new CounterBuilder().ForLines("A").OpenedBy().Build();
        var olderNormal = new TicketBuilder().InLine("A").IssuedAtMinute(0).Build();
        var newerGreen = new TicketBuilder().InLine("A").GreenChannel().IssuedAtMinute(40).Build();

        var next = Strict(counter, [olderNormal, newerGreen]);

        Assert.Same(newerGreen, next);
    }

    [Fact]
    public void PickNext_GreenChannelInALowerPriorityLine_BeatsTheHigherPriorityLine()
    {
        var counter = new CounterBuilder().ForLines("A", "B").OpenedBy().Build();
        var normalInA = new TicketBuilder().InLine("A").IssuedAtMinute(0).Build();
        var greenInB = new TicketBuilder().InLine("B").GreenChannel().IssuedAtMinute(40).Build();

        var next = Strict(counter, [normalInA, greenInB]);

        Assert.Same(greenInB, next);
    }

    [Fact]
    public void PickNext_SeveralGreenChannelTickets_ReturnsTheLongestGreenWaitAcrossLines()
    {
        var counter = new CounterBuilder().ForLines("A", "B").OpenedBy().Build();
        var greenInA = new TicketBuilder().InLine("A").GreenChannel().IssuedAtMinute(30).Build();
        var greenInB = new TicketBuilder().InLine("B").GreenChannel().IssuedAtMinute(10).Build();

        var next = Strict(counter, [greenInA, greenInB]);

        Assert.Same(greenInB, next);
    }

    [Fact]
    public void PickNext_GreenChannelOfAnUnservedLine_IsIgnored()
    {
        var counter = new CounterBuilder().ForLines("A").OpenedBy().Build();
        var normalInA = new TicketBuilder().InLine("A").IssuedAtMinute(20).Build();
        var greenInC = new TicketBuilder().InLine("C").GreenChannel().IssuedAtMinute(0).Build();

        var next = Strict(counter, [greenInC, normalInA]);

        Assert.Same(normalInA, next);
    }

    [Fact]
    public void PickNext_TicketTransferredToThisCounter_BeatsGreenChannel()
    {
        var counter = new CounterBuilder().Number(2).ForLines("A").OpenedBy().Build();
        var green = new TicketBuilder().InLine("A").GreenChannel().IssuedAtMinute(0).Build();
        var transferredHere = new TicketBuilder().InLine("A").IssuedAtMinute(30).TransferredToCounter(2).Build();

        var next = Strict(counter, [green, transferredHere]);

        Assert.Same(transferredHere, next);
    }

    [Fact]
    public void PickNext_TicketTransferredToThisCounterFromAnUnservedLine_IsStillPicked()
    {
        var counter = new CounterBuilder().Number(2).ForLines("A").OpenedBy().Build();
        var inA = new TicketBuilder().InLine("A").IssuedAtMinute(0).Build();
        var transferredHere = new TicketBuilder().InLine("D").IssuedAtMinute(30).TransferredToCounter(2).Build();

        var next = Strict(counter, [inA, transferredHere]);

        Assert.Same(transferredHere, next);
    }

    [Fact]
    public void PickNext_SeveralTransferredHere_ReturnsTheLongestWait()
    {
        var counter = new CounterBuilder().Number(2).ForLines("A").OpenedBy().Build();
        var newer = new TicketBuilder().InLine("A").IssuedAtMinute(30).TransferredToCounter(2).Build();
        var older = new TicketBuilder().InLine("A").IssuedAtMinute(5).TransferredToCounter(2).Build();

        var next = Strict(counter, [newer, older]);

        Assert.Same(older, next);
    }

    [Fact]
    public void PickNext_TicketTransferredToAnotherCounter_IsNeverPicked()
    {
        var counter = new CounterBuilder().Number(2).ForLines("A").OpenedBy().Build();
        var greenForCounter5 = new TicketBuilder().InLine("A").GreenChannel().IssuedAtMinute(0).TransferredToCounter(5).Build();
        var normalForCounter5 = new TicketBuilder().InLine("A").IssuedAtMinute(1).TransferredToCounter(5).Build();
        var normal = new TicketBuilder().InLine("A").IssuedAtMinute(20).Build();

        var next = Strict(counter, [greenForCounter5, normalForCounter5, normal]);

        Assert.Same(normal, next);
    }

    [Fact]
    public void PickNext_OnlyTicketsTransferredToAnotherCounter_ReturnsNull()
    {
        var counter = new CounterBuilder().Number(2).ForLines("A").OpenedBy().Build();
        var forCounter5 = new TicketBuilder().InLine("A").TransferredToCounter(5).Build();

        var next = Strict(counter, [forCounter5]);

        Assert.Null(next);
    }

    [Fact]
    public void PickNext_OnlyTicketsOfUnservedLines_ReturnsNull()
    {
        var counter = new CounterBuilder().ForLines("A", "B").OpenedBy().Build();
        var inC = new TicketBuilder().InLine("C").IssuedAtMinute(0).Build();
        var inD = new TicketBuilder().InLine("D").IssuedAtMinute(1).Build();

        var next = Strict(counter, [inC, inD]);

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

        var next = Strict(counter, [called, parked, noShow, waiting]);

        Assert.Same(waiting, next);
    }

    [Fact]
    public void PickNext_TicketsOfAnotherHall_AreIgnored()
    {
        var counter = new CounterBuilder().InHall("H01").ForLines("A").OpenedBy().Build();
        var otherHall = new TicketBuilder().InHall("H02").InLine("A").IssuedAtMinute(0).Build();

        var next = Strict(counter, [otherHall]);

        Assert.Null(next);
    }

    [Fact]
    public void PickNext_TicketTransferredToALine_WaitsThereByItsOriginalTime()
    {
        var counter = new CounterBuilder().ForLines("B").OpenedBy().Build();
        var fromA = new TicketBuilder().InLine("A").IssuedAtMinute(0).Serving(counterNumber: 7).Build();
        fromA.TransferToLine("B");
        var issuedInB = new TicketBuilder().InLine("B").IssuedAtMinute(10).Build();

        var next = Strict(counter, [issuedInB, fromA]);

        Assert.Same(fromA, next);
    }

    [Theory]
    [InlineData(TransferPosition.Head, new[] { "moved", "b1", "b2" })]
    [InlineData(TransferPosition.Tail, new[] { "b1", "b2", "moved" })]
    [InlineData(TransferPosition.ByIssueTime, new[] { "b1", "moved", "b2" })]
    public void PickNext_TicketTransferredToALine_WaitsWhereTheClerkPutIt(TransferPosition position, string[] expected)
    {
        var counter = new CounterBuilder().ForLines("B").OpenedBy().Build();
        var b1 = new TicketBuilder().InLine("B").WithSequence(1).IssuedAtMinute(0).Build();
        var moved = new TicketBuilder().InLine("A").WithSequence(1).IssuedAtMinute(5).Serving(counterNumber: 7).Build();
        var b2 = new TicketBuilder().InLine("B").WithSequence(2).IssuedAtMinute(10).Build();
        var earliestInB = new[] { b1.QueuedAt, b2.QueuedAt }.Min();
        moved.TransferToLine("B", QueuePlacement.ForTransfer(position, earliestInB, moved.IssuedAt, At.Minute(30)));
        var names = new Dictionary<Ticket, string> { [b1] = "b1", [b2] = "b2", [moved] = "moved" };
        List<Ticket> waiting = [b1, b2, moved];

        var order = new List<string>();
        while (Strict(counter, waiting) is { } next)
        {
            order.Add(names[next]);
            waiting.Remove(next);
        }

        Assert.Equal(expected, order);
    }

    [Theory]
    [InlineData(TransferPosition.Head, "moved")]
    [InlineData(TransferPosition.Tail, "earlier")]
    public void PickNext_TwoTicketsTransferredToOneCounter_TheClerksPositionDecidesWhichFirst(TransferPosition position, string expected)
    {
        var counter = new CounterBuilder().ForLines("B").OpenedBy().Build();
        var earlier = new TicketBuilder().InLine("A").WithSequence(1).IssuedAtMinute(0).TransferredToCounter(counter.Number).Build();
        var moved = new TicketBuilder().InLine("A").WithSequence(2).IssuedAtMinute(3).Serving(counterNumber: 7).Build();
        moved.TransferToCounter(counter.Number, QueuePlacement.ForTransfer(position, earlier.QueuedAt, moved.IssuedAt, At.Minute(30)));

        var next = Strict(counter, [earlier, moved]);

        Assert.Equal(expected, next == moved ? "moved" : "earlier");
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

        var picked = Strict(counter, waiting);
        waiting.Remove(picked!);
        var pickedNext = Strict(counter, waiting);

        Assert.Same(first, picked);
        Assert.Same(rejoined, pickedNext);
    }

    [Fact]
    public void PickNext_CheckedInAppointment_ComesBeforeGreenChannelAndEarlierWalkIns()
    {
        var counter = new CounterBuilder().ForLines("A").OpenedBy().Build();
        var walkIn = new TicketBuilder().InLine("A").WithSequence(1).IssuedAtMinute(0).Build();
        var green = new TicketBuilder().InLine("A").WithSequence(2).IssuedAtMinute(1).GreenChannel().Build();
        var booked = new TicketBuilder().InLine("A").WithSequence(3).IssuedAtMinute(25).Build();
        booked.ForAppointment("K7Q2M9XA", At.Minute(30));

        var next = CallRouter.PickNext(counter, [walkIn, green, booked], At.Minute(26), Ageing);

        Assert.Same(booked, next);
    }

    [Fact]
    public void PickNext_SeveralAppointments_AreCalledInSlotOrderNotCheckInOrder()
    {
        var counter = new CounterBuilder().ForLines("A", "B").OpenedBy().Build();
        var laterSlot = new TicketBuilder().InLine("A").WithSequence(1).IssuedAtMinute(0).Build();
        laterSlot.ForAppointment("AAAAAAAA", At.Minute(60));
        var earlierSlot = new TicketBuilder().InLine("B").WithSequence(1).IssuedAtMinute(5).Build();
        earlierSlot.ForAppointment("BBBBBBBB", At.Minute(30));

        var next = CallRouter.PickNext(counter, [laterSlot, earlierSlot], At.Minute(10), Ageing);

        Assert.Same(earlierSlot, next);
    }

    [Fact]
    public void PickNext_AppointmentOfALineTheCounterDoesNotServe_IsLeftToOtherCounters()
    {
        var counter = new CounterBuilder().ForLines("A").OpenedBy().Build();
        var booked = new TicketBuilder().InLine("B").IssuedAtMinute(0).Build();
        booked.ForAppointment("K7Q2M9XA", At.Minute(0));
        var walkIn = new TicketBuilder().InLine("A").IssuedAtMinute(5).Build();

        var next = CallRouter.PickNext(counter, [booked, walkIn], At.Minute(6), Ageing);

        Assert.Same(walkIn, next);
    }

    [Fact]
    public void PickNext_LowerLineTicketPastTheAgeingThreshold_IsCalledBeforeTheTopLine()
    {
        var counter = new CounterBuilder().ForLines("A", "E").OpenedBy().Build();
        var aged = new TicketBuilder().InLine("E").IssuedAtMinute(0).Build();
        var top = new TicketBuilder().InLine("A").IssuedAtMinute(5).Build();

        var next = CallRouter.PickNext(counter, [top, aged], At.Minute(20), Ageing);

        Assert.Same(aged, next);
    }

    [Fact]
    public void PickNext_LowerLineTicketBelowTheAgeingThreshold_WaitsForTheTopLine()
    {
        var counter = new CounterBuilder().ForLines("A", "E").OpenedBy().Build();
        var young = new TicketBuilder().InLine("E").IssuedAtMinute(0).Build();
        var top = new TicketBuilder().InLine("A").IssuedAtMinute(5).Build();

        var next = CallRouter.PickNext(counter, [top, young], At.Minute(19), Ageing);

        Assert.Same(top, next);
    }

    [Fact]
    public void PickNext_AgedTicketsOfBothLines_TheLongestWaitGoesFirst()
    {
        var counter = new CounterBuilder().ForLines("A", "E").OpenedBy().Build();
        var agedTop = new TicketBuilder().InLine("A").IssuedAtMinute(3).Build();
        var agedLower = new TicketBuilder().InLine("E").IssuedAtMinute(1).Build();

        var next = CallRouter.PickNext(counter, [agedTop, agedLower], At.Minute(40), Ageing);

        Assert.Same(agedLower, next);
    }

    [Fact]
    public void PickNext_CounterSwitchedToPriorityOnly_IgnoresAgeing()
    {
        var counter = new CounterBuilder().ForLines("A", "E").OpenedBy().Build();
        counter.SetPriorityOnly(true);
        var aged = new TicketBuilder().InLine("E").IssuedAtMinute(0).Build();
        var top = new TicketBuilder().InLine("A").IssuedAtMinute(5).Build();

        var next = CallRouter.PickNext(counter, [top, aged], At.Minute(60), Ageing);

        Assert.Same(top, next);
    }

    [Fact]
    public void PickNext_UnderSteadyTopLineArrivals_TheLowerLineIsStillServed()
    {
        var counter = new CounterBuilder().ForLines("A", "E").OpenedBy().Build();
        var lower = new TicketBuilder().InLine("E").WithSequence(1).IssuedAtMinute(0).Build();
        var waiting = new List<Ticket> { lower };
        Ticket? servedLower = null;
        for (var minute = 0; minute < 60 && servedLower is null; minute += 5)
        {
            // A new A ticket every five minutes, and the counter calls once every five minutes.
            waiting.Add(new TicketBuilder().InLine("A").WithSequence(minute + 1).IssuedAtMinute(minute).Build());
            var picked = CallRouter.PickNext(counter, waiting, At.Minute(minute + 1), Ageing)!;
            waiting.Remove(picked);
            servedLower = picked == lower ? picked : null;
        }

        Assert.Same(lower, servedLower);
    }

    /// <summary>
    /// A call reads only the columns the router compares (issue 23: a long queue costs a call an index, not an entity per
    /// ticket): over those columns the router makes the same choice as over whole tickets, call after call.
    /// </summary>
    [Fact]
    public void PickNext_OverTheRoutersColumns_ChoosesAsOverWholeTickets()
    {
        var counter = new CounterBuilder().ForLines("B", "A").OpenedBy().Build();
        var waiting = new List<Ticket>
        {
            new TicketBuilder().InLine("A").WithSequence(1).IssuedAtMinute(0).Build(),
            new TicketBuilder().InLine("B").WithSequence(1).IssuedAtMinute(4).Build(),
            new TicketBuilder().InLine("B").WithSequence(2).GreenChannel().IssuedAtMinute(6).Build(),
            new TicketBuilder().InLine("C").WithSequence(1).IssuedAtMinute(1).Build(),
            new TicketBuilder().InLine("A").WithSequence(2).IssuedAtMinute(2).TransferredToCounter(7).Build(),
            new TicketBuilder().InLine("A").WithSequence(3).IssuedAtMinute(3).TransferredToCounter(counter.Number).Build(),
            new TicketBuilder().InHall("XY").InLine("A").WithSequence(1).IssuedAtMinute(0).Build(),
            new TicketBuilder().InLine("B").WithSequence(3).IssuedAtMinute(8).Build(),
        };
        var picks = new List<string>();

        while (CallRouter.PickNext(counter, waiting, At.Minute(30), Ageing) is { } whole)
        {
            var columns = CallRouter.PickNext(counter, waiting.Select(QueuedTicket.Of), At.Minute(30), Ageing);
            Assert.Equal(QueuedTicket.Of(whole), columns);
            picks.Add(whole.Number);
            waiting.Remove(whole);
        }

        Assert.Null(CallRouter.PickNext(counter, waiting.Select(QueuedTicket.Of), At.Minute(30), Ageing));
        // Transferred here, green, then by line with ageing (A001 waited 30 minutes, past the 20), then B.
        Assert.Equal(["A003", "B002", "A001", "B001", "B003"], picks);
    }

    private static readonly TimeSpan Ageing = TimeSpan.FromMinutes(20);

    /// <summary>The routing without ageing, as the tests of the fixed order expect it.</summary>
    private static Ticket? Strict(Counter counter, IEnumerable<Ticket> waiting) =>
        CallRouter.PickNext(counter, waiting, At.Minute(30), ageing: null);
}
