using HallDesk.Domain.Queue;

namespace HallDesk.Domain.Tests.Queue;

public class TicketTests
{
    [Fact]
    public void Issue_NewTicket_WaitsInItsLineWithFormattedNumberQueuedAtIssueTime()
    {
        var issuedAt = At.Minute(5);

        var ticket = Ticket.Issue("H01", "C", At.ServiceDate, 7, "13812345678", greenChannel: true, issuedAt);

        Assert.Equal(TicketStatus.Waiting, ticket.Status);
        Assert.Equal("C007", ticket.Number);
        Assert.Equal("C", ticket.IssuedLine);
        Assert.Equal("C", ticket.LineCode);
        Assert.True(ticket.GreenChannel);
        Assert.Equal(issuedAt, ticket.IssuedAt);
        Assert.Equal(issuedAt, ticket.QueuedAt);
        Assert.Equal(0, ticket.CallCount);
        Assert.Null(ticket.CounterNumber);
    }

    [Fact]
    public void Call_WaitingTicket_BecomesCalledAtCounterWithOneCall()
    {
        var ticket = new TicketBuilder().Build();
        var now = At.Minute(3);

        ticket.Call(4, Clerks.LiId, now);

        Assert.Equal(TicketStatus.Called, ticket.Status);
        Assert.Equal(4, ticket.CounterNumber);
        Assert.Equal(Clerks.LiId, ticket.ClerkUserId);
        Assert.Equal(1, ticket.CallCount);
        Assert.Equal(now, ticket.CalledAt);
    }

    [Fact]
    public void Call_CalledTicket_Throws()
    {
        var ticket = new TicketBuilder().Called(counterNumber: 1).Build();

        var error = Assert.Throws<DomainException>(() => ticket.Call(2, Clerks.LiId, At.Minute(5)));

        Assert.Equal("Ticket.CallNotWaiting", error.Key);
        Assert.Equal(TicketStatus.Called, error.Args[1]);
        Assert.Equal(1, ticket.CounterNumber);
    }

    [Fact]
    public void Call_TicketTransferredToAnotherCounter_Throws()
    {
        var ticket = new TicketBuilder().TransferredToCounter(2).Build();

        var error = Assert.Throws<DomainException>(() => ticket.Call(3, Clerks.LiId, At.Minute(5)));

        Assert.Equal("Ticket.TransferredElsewhere", error.Key);
        Assert.Equal(2, error.Args[1]);
        Assert.Equal(TicketStatus.Waiting, ticket.Status);
        Assert.Equal(2, ticket.TransferredToCounter);
    }

    [Fact]
    public void Call_TicketTransferredToThisCounter_CallsItAndClearsTheTransfer()
    {
        var ticket = new TicketBuilder().TransferredToCounter(2).Build();

        ticket.Call(2, Clerks.LiId, At.Minute(5));

        Assert.Equal(TicketStatus.Called, ticket.Status);
        Assert.Equal(2, ticket.CounterNumber);
        Assert.Null(ticket.TransferredToCounter);
    }

    [Fact]
    public void Recall_CalledTicket_CountsAnotherCall()
    {
        var ticket = new TicketBuilder().Called().Build();
        var now = At.Minute(4);

        ticket.Recall(now);

        Assert.Equal(2, ticket.CallCount);
        Assert.Equal(now, ticket.CalledAt);
        Assert.Equal(TicketStatus.Called, ticket.Status);
    }

    [Fact]
    public void Recall_WaitingTicket_Throws()
    {
        var ticket = new TicketBuilder().Build();

        var error = Assert.Throws<DomainException>(() => ticket.Recall(At.Minute(4)));

        Assert.Equal("Ticket.RecallNotCalled", error.Key);
        Assert.Equal(TicketStatus.Waiting, error.Args[1]);
        Assert.Equal(0, ticket.CallCount);
    }

    [Fact]
    public void Recall_ServingTicket_Throws()
    {
        var ticket = new TicketBuilder().Serving().Build();

        Assert.Throws<DomainException>(() => ticket.Recall(At.Minute(4)));

        Assert.Equal(1, ticket.CallCount);
    }

    [Fact]
    public void StartService_CalledTicket_BecomesServing()
    {
        var ticket = new TicketBuilder().Called().Build();
        var now = At.Minute(4);

        ticket.StartService(now);

        Assert.Equal(TicketStatus.Serving, ticket.Status);
        Assert.Equal(now, ticket.ServiceStartedAt);
    }

    [Fact]
    public void StartService_WaitingTicket_Throws()
    {
        var ticket = new TicketBuilder().Build();

        Assert.Throws<DomainException>(() => ticket.StartService(At.Minute(4)));

        Assert.Equal(TicketStatus.Waiting, ticket.Status);
        Assert.Null(ticket.ServiceStartedAt);
    }

    [Fact]
    public void MarkNoShow_AfterRequiredCalls_BecomesNoShowAndLeavesTheCounter()
    {
        var ticket = new TicketBuilder().Called(counterNumber: 3).Build();
        ticket.Recall(At.Minute(2));
        ticket.Recall(At.Minute(3));
        var now = At.Minute(4);

        ticket.MarkNoShow(callsRequired: 3, now);

        Assert.Equal(TicketStatus.NoShow, ticket.Status);
        Assert.Null(ticket.CounterNumber);
        Assert.Equal(now, ticket.FinishedAt);
    }

    [Fact]
    public void MarkNoShow_BeforeRequiredCalls_Throws()
    {
        var ticket = new TicketBuilder().Called().Build();
        ticket.Recall(At.Minute(2));

        var error = Assert.Throws<DomainException>(() => ticket.MarkNoShow(callsRequired: 3, At.Minute(3)));

        Assert.Equal("Ticket.NoShowTooFewCalls", error.Key);
        Assert.Equal([2, 3], error.Args.Skip(1));
        Assert.Equal(TicketStatus.Called, ticket.Status);
    }

    [Fact]
    public void MarkNoShow_ServingTicket_Throws()
    {
        var ticket = new TicketBuilder().Serving().Build();

        Assert.Throws<DomainException>(() => ticket.MarkNoShow(callsRequired: 1, At.Minute(4)));

        Assert.Equal(TicketStatus.Serving, ticket.Status);
    }

    [Fact]
    public void Rejoin_NoShowTicket_WaitsAgainAtTheGivenPlaceWithNoCalls()
    {
        var ticket = new TicketBuilder().NoShow(calls: 3).Build();
        var place = At.Minute(1).AddTicks(5);

        ticket.Rejoin(place);

        Assert.Equal(TicketStatus.Waiting, ticket.Status);
        Assert.Equal(place, ticket.QueuedAt);
        Assert.Equal(0, ticket.CallCount);
        Assert.Null(ticket.FinishedAt);
    }

    [Fact]
    public void Rejoin_WaitingTicket_Throws()
    {
        var ticket = new TicketBuilder().IssuedAtMinute(0).Build();

        Assert.Throws<DomainException>(() => ticket.Rejoin(At.Minute(30)));

        Assert.Equal(At.Minute(0), ticket.QueuedAt);
    }

    [Fact]
    public void Park_ServingTicket_BecomesParkedKeepingItsServiceStart()
    {
        var ticket = new TicketBuilder().IssuedAtMinute(0).Serving(counterNumber: 2).Build();

        ticket.Park(At.Minute(10));

        Assert.Equal(TicketStatus.Parked, ticket.Status);
        Assert.Equal(2, ticket.CounterNumber);
        Assert.Equal(At.Minute(2), ticket.ServiceStartedAt);
    }

    [Fact]
    public void Park_CalledTicket_StartsServiceClockNow()
    {
        var ticket = new TicketBuilder().Called().Build();
        var now = At.Minute(10);

        ticket.Park(now);

        Assert.Equal(TicketStatus.Parked, ticket.Status);
        Assert.Equal(now, ticket.ServiceStartedAt);
    }

    [Fact]
    public void Park_WaitingTicket_Throws()
    {
        var ticket = new TicketBuilder().Build();

        Assert.Throws<DomainException>(() => ticket.Park(At.Minute(10)));

        Assert.Equal(TicketStatus.Waiting, ticket.Status);
    }

    [Fact]
    public void ResumeParked_AtTheSameCounter_BecomesServing()
    {
        var ticket = new TicketBuilder().Parked(counterNumber: 2).Build();

        ticket.ResumeParked(2, At.Minute(20));

        Assert.Equal(TicketStatus.Serving, ticket.Status);
    }

    [Fact]
    public void ResumeParked_AtAnotherCounter_Throws()
    {
        var ticket = new TicketBuilder().Parked(counterNumber: 2).Build();

        var error = Assert.Throws<DomainException>(() => ticket.ResumeParked(5, At.Minute(20)));

        Assert.Equal("Ticket.ParkedElsewhere", error.Key);
        Assert.Equal(2, error.Args[1]);
        Assert.Equal(TicketStatus.Parked, ticket.Status);
    }

    [Fact]
    public void ResumeParked_ServingTicket_Throws()
    {
        var ticket = new TicketBuilder().Serving(counterNumber: 2).Build();

        var error = Assert.Throws<DomainException>(() => ticket.ResumeParked(2, At.Minute(20)));

        Assert.Equal("Ticket.ResumeNotParked", error.Key);
        Assert.Equal(TicketStatus.Serving, error.Args[1]);
    }

    [Fact]
    public void TransferToLine_ServingTicket_WaitsInTheNewLineKeepingNumberAndPlace()
    {
        var ticket = new TicketBuilder().InLine("A").IssuedAtMinute(0).Serving(counterNumber: 1).Build();

        ticket.TransferToLine("B");

        Assert.Equal(TicketStatus.Waiting, ticket.Status);
        Assert.Equal("B", ticket.LineCode);
        Assert.Equal("A", ticket.IssuedLine);
        Assert.Equal("A001", ticket.Number);
        Assert.Equal(At.Minute(0), ticket.QueuedAt);
        Assert.Null(ticket.CounterNumber);
        Assert.Equal(0, ticket.CallCount);
        Assert.Null(ticket.CalledAt);
        Assert.Null(ticket.ServiceStartedAt);
    }

    [Fact]
    public void TransferToLine_ItsCurrentLine_Throws()
    {
        var ticket = new TicketBuilder().InLine("A").Serving().Build();

        var error = Assert.Throws<DomainException>(() => ticket.TransferToLine("A"));

        Assert.Equal("Ticket.AlreadyInLine", error.Key);
        Assert.Equal(TicketStatus.Serving, ticket.Status);
    }

    [Fact]
    public void TransferToLine_WaitingTicket_Throws()
    {
        var ticket = new TicketBuilder().InLine("A").Build();

        Assert.Throws<DomainException>(() => ticket.TransferToLine("B"));

        Assert.Equal("A", ticket.LineCode);
    }

    [Fact]
    public void TransferToCounter_CalledTicket_WaitsForThatCounterOnly()
    {
        var ticket = new TicketBuilder().InLine("A").IssuedAtMinute(0).Called(counterNumber: 1).Build();

        ticket.TransferToCounter(5);

        Assert.Equal(TicketStatus.Waiting, ticket.Status);
        Assert.Equal(5, ticket.TransferredToCounter);
        Assert.Equal("A", ticket.LineCode);
        Assert.Equal(At.Minute(0), ticket.QueuedAt);
        Assert.Null(ticket.CounterNumber);
        Assert.Equal(0, ticket.CallCount);
    }

    [Fact]
    public void TransferToCounter_ItsOwnCounter_Throws()
    {
        var ticket = new TicketBuilder().Serving(counterNumber: 1).Build();

        var error = Assert.Throws<DomainException>(() => ticket.TransferToCounter(1));

        Assert.Equal("Ticket.TransferToSameCounter", error.Key);
        Assert.Null(ticket.TransferredToCounter);
    }

    [Fact]
    public void TransferToCounter_WaitingTicket_Throws()
    {
        var ticket = new TicketBuilder().Build();

        Assert.Throws<DomainException>(() => ticket.TransferToCounter(2));

        Assert.Null(ticket.TransferredToCounter);
    }

    [Fact]
    public void Finish_ServingTicket_IsDone()
    {
        var ticket = new TicketBuilder().IssuedAtMinute(0).Serving().Build();
        var now = At.Minute(15);

        ticket.Finish(now);

        Assert.Equal(TicketStatus.Done, ticket.Status);
        Assert.Equal(now, ticket.FinishedAt);
        Assert.Equal(At.Minute(2), ticket.ServiceStartedAt);
    }

    [Fact]
    public void Finish_CalledTicket_CountsServiceFromTheCall()
    {
        var ticket = new TicketBuilder().IssuedAtMinute(0).Called().Build();

        ticket.Finish(At.Minute(15));

        Assert.Equal(TicketStatus.Done, ticket.Status);
        Assert.Equal(At.Minute(1), ticket.ServiceStartedAt);
    }

    [Fact]
    public void Finish_WaitingTicket_Throws()
    {
        var ticket = new TicketBuilder().Build();

        var error = Assert.Throws<DomainException>(() => ticket.Finish(At.Minute(15)));

        Assert.Equal("Ticket.FinishNotAtCounter", error.Key);
        Assert.Equal(["A001", TicketStatus.Waiting], error.Args);
        Assert.Equal(TicketStatus.Waiting, ticket.Status);
        Assert.Null(ticket.FinishedAt);
    }

    [Fact]
    public void Finish_DoneTicket_Throws()
    {
        var ticket = new TicketBuilder().Serving().Build();
        ticket.Finish(At.Minute(15));

        Assert.Throws<DomainException>(() => ticket.Finish(At.Minute(16)));

        Assert.Equal(At.Minute(15), ticket.FinishedAt);
    }

    [Fact]
    public void Cancel_WaitingTicket_IsCancelled()
    {
        var ticket = new TicketBuilder().Build();
        var now = At.Minute(8);

        ticket.Cancel(now);

        Assert.Equal(TicketStatus.Cancelled, ticket.Status);
        Assert.Equal(now, ticket.FinishedAt);
    }

    [Fact]
    public void Cancel_CalledTicket_Throws()
    {
        var ticket = new TicketBuilder().Called().Build();

        Assert.Throws<DomainException>(() => ticket.Cancel(At.Minute(8)));

        Assert.Equal(TicketStatus.Called, ticket.Status);
    }

    [Fact]
    public void ForAppointment_NewTicket_KeepsTheCodeAndSlot()
    {
        var ticket = new TicketBuilder().Build();

        ticket.ForAppointment("K7Q2M9XA", At.Minute(30));

        Assert.Equal(("K7Q2M9XA", At.Minute(30)), (ticket.AppointmentCode, ticket.AppointmentAt));
    }

    [Fact]
    public void ForAppointment_CalledTicket_Throws() =>
        Assert.Throws<DomainException>(() => new TicketBuilder().Called().Build().ForAppointment("K7Q2M9XA", At.Minute(30)));

    [Fact]
    public void MarkAssisted_WhileServing_MarksAndCanBeUndone()
    {
        var ticket = new TicketBuilder().Serving().Build();

        ticket.MarkAssisted(true);
        Assert.True(ticket.Assisted);
        ticket.MarkAssisted(false);
        Assert.False(ticket.Assisted);
    }

    [Fact]
    public void MarkAssisted_Waiting_Throws()
    {
        var ticket = new TicketBuilder().Build();

        Assert.Throws<DomainException>(() => ticket.MarkAssisted(true));
        Assert.False(ticket.Assisted);
    }

    [Fact]
    public void AtCounterSince_IsTheFirstCall_ARecallKeepsIt_ATransferAndANewCallStartANewService()
    {
        var ticket = new TicketBuilder().Build();
        ticket.Call(3, Clerks.WangId, At.Minute(1));
        ticket.Recall(At.Minute(2));
        ticket.StartService(At.Minute(3));
        Assert.Equal(At.Minute(1), ticket.AtCounterSince);

        ticket.TransferToCounter(4);
        Assert.Null(ticket.AtCounterSince);
        ticket.Call(4, Clerks.LiId, At.Minute(8));
        ticket.Finish(At.Minute(12));

        Assert.Equal(At.Minute(8), ticket.AtCounterSince);
    }

    /// <summary>Issue 21 item 5: the report reads the stored seconds, so every move that sets a time keeps them.</summary>
    [Fact]
    public void WaitAndServiceSeconds_FollowTheTimes_ThroughRecallTransferAndRejoin()
    {
        var ticket = Ticket.Issue("H01", "A", At.ServiceDate, 1, null, false, At.Minute(0));
        Assert.Null(ticket.WaitSeconds);

        ticket.Call(1, Clerks.LiId, At.Minute(2).AddTicks(1234));
        Assert.Equal(120.0001234, ticket.WaitSeconds!.Value, 9);
        ticket.Recall(At.Minute(3));
        Assert.Equal(180, ticket.WaitSeconds);
        ticket.StartService(At.Minute(4));
        Assert.Null(ticket.ServiceSeconds);

        ticket.TransferToLine("B");
        Assert.Null(ticket.WaitSeconds);
        Assert.Null(ticket.ServiceSeconds);

        ticket.Call(2, Clerks.LiId, At.Minute(5));
        ticket.StartService(At.Minute(6));
        ticket.Finish(At.Minute(9).AddMilliseconds(500));
        Assert.Equal(300, ticket.WaitSeconds);
        Assert.Equal(180.5, ticket.ServiceSeconds);

        var noShow = Ticket.Issue("H01", "A", At.ServiceDate, 2, null, false, At.Minute(0));
        noShow.Call(1, Clerks.LiId, At.Minute(1));
        noShow.MarkNoShow(1, At.Minute(2));
        Assert.Equal(60, noShow.WaitSeconds);
        Assert.Null(noShow.ServiceSeconds);
        noShow.Rejoin(At.Minute(3));
        Assert.Null(noShow.WaitSeconds);
    }
}
