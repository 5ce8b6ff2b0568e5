using HallDesk.Domain.Cases;
using HallDesk.Domain.Queue;

namespace HallDesk.Domain.Tests.Cases;

/// <summary>A case remembers the service of the ticket it was taken in during: the rating of that visit covers it.</summary>
public sealed class CaseServiceTests
{
    [Fact]
    public void TakenInDuring_TheTicketAtTheWindow_RecordsTheTicketAndItsServiceStart()
    {
        var ticket = new TicketBuilder().Build();
        ticket.Call(3, Clerks.WangId, At.Minute(4));
        var @case = CaseFor(ticket.Number);

        @case.TakenInDuring(ticket);

        Assert.Equal(ticket.Id, @case.TicketId);
        Assert.Equal(At.Minute(4), @case.TicketAtCounterSince);
    }

    [Fact]
    public void TakenInDuring_ATicketNotAtAWindow_OrAnotherNumber_IsRefused()
    {
        var waiting = new TicketBuilder().Build();
        var called = new TicketBuilder().WithSequence(2).Build();
        called.Call(3, Clerks.WangId, At.Minute(4));

        Assert.Throws<DomainException>(() => CaseFor(waiting.Number).TakenInDuring(waiting));
        Assert.Throws<DomainException>(() => CaseFor("A009").TakenInDuring(called));
    }

    private static Case CaseFor(string ticketNumber) =>
        new("H01-20250310-0001", TicketBuilder.Hall, ticketNumber, Staff.Clerk, SampleApplicants.Person(), "SP-XK-0001", "食品经营许可", false,
            [CaseItems.Food()], [CaseMaterials.Submitted("business-licence")], At.Minute(5));
}
