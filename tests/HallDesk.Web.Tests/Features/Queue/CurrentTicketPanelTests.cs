using Bunit;
using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.Features.Queue;

public sealed class CurrentTicketPanelTests : ComponentTestContext
{
    private static readonly DateTime Now = new(2026, 12, 1, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void CalledTicket_ShowsNumberAndShortcuts_FinishRaisesFinish()
    {
        string? action = null;
        var panel = Render<CurrentTicketPanel>(p => p
            .Add(x => x.State, State(Ticket(TicketStatus.Called, calls: 1)))
            .Add(x => x.OnAction, (string a) => action = a));

        Assert.Equal("A023", panel.Find("[data-testid=current-ticket]").TextContent.Trim());
        Assert.Contains("F9", panel.Find("[data-testid=finish-service]").TextContent);
        panel.Find("[data-testid=finish-service]").Click();

        Assert.Equal("finish", action);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void NoShow_IsEnabledOnlyAfterTheHallsNumberOfCalls(int calls, bool disabled)
    {
        var panel = Render<CurrentTicketPanel>(p => p.Add(x => x.State, State(Ticket(TicketStatus.Called, calls))));

        Assert.Equal(disabled, panel.Find("[data-testid=no-show]").HasAttribute("disabled"));
    }

    [Fact]
    public void ServingTicket_CannotBeRecalledOrCalledOver()
    {
        var panel = Render<CurrentTicketPanel>(p => p.Add(x => x.State, State(Ticket(TicketStatus.Serving, 1))));

        Assert.True(panel.Find("[data-testid=recall]").HasAttribute("disabled"));
        Assert.True(panel.Find("[data-testid=call-next]").HasAttribute("disabled"));
        Assert.False(panel.Find("[data-testid=park]").HasAttribute("disabled"));
    }

    [Fact]
    public void PauseButton_AsksThePageToOpenTheForm_AsF10Does()
    {
        string? action = null;
        var panel = Render<CurrentTicketPanel>(p => p
            .Add(x => x.State, State(null))
            .Add(x => x.OnAction, (string a) => action = a));

        panel.Find("[data-testid=pause]").Click();

        Assert.Equal("pause", action);
    }

    [Fact]
    public void Pause_NeedsAReasonBeforeItCanBeConfirmed()
    {
        string? reason = null;
        var panel = Render<CurrentTicketPanel>(p => p
            .Add(x => x.State, State(null))
            .Add(x => x.Form, "pause")
            .Add(x => x.OnPause, (string r) => reason = r));

        Assert.True(panel.Find("[data-testid=pause-confirm]").HasAttribute("disabled"));
        panel.FindAll("[data-testid=pause-preset]")[1].Click();
        panel.Find("[data-testid=pause-confirm]").Click();

        Assert.Equal("业务培训", reason);
    }

    [Fact]
    public void CallGiven_NeedsANumberAndAReason_AndSendsBoth()
    {
        CallGivenTicket.Command? sent = null;
        var state = State(null) with { Waiting = [new WaitingRow("A024", "A", null), new WaitingRow("A031", "A", null)] };
        var panel = Render<CurrentTicketPanel>(p => p
            .Add(x => x.State, state)
            .Add(x => x.Form, "callgiven")
            .Add(x => x.OnCallGiven, (CallGivenTicket.Command c) => sent = c));

        Assert.False(panel.Find("[data-testid=call-given]").HasAttribute("disabled"));
        panel.Find("[data-testid=callgiven-pick-A031]").Click();
        Assert.True(panel.Find("[data-testid=callgiven-confirm]").HasAttribute("disabled"));
        panel.Find("input[data-testid=callgiven-reason]").Input("群众已到窗口");
        panel.Find("[data-testid=callgiven-confirm]").Click();

        Assert.Equal(new CallGivenTicket.Command("A031", "群众已到窗口"), sent);
    }

    [Fact]
    public void CallGivenButton_IsGreyWhileATicketIsAtTheCounter_AndOpensItsFormOtherwise()
    {
        string? action = null;
        var busy = Render<CurrentTicketPanel>(p => p.Add(x => x.State, State(Ticket(TicketStatus.Serving, 1))));
        var idle = Render<CurrentTicketPanel>(p => p
            .Add(x => x.State, State(null))
            .Add(x => x.OnAction, (string a) => action = a));

        idle.Find("[data-testid=call-given]").Click();

        Assert.True(busy.Find("[data-testid=call-given]").HasAttribute("disabled"));
        Assert.Equal("callgiven", action);
    }

    [Theory]
    [InlineData(TransferPosition.Head)]
    [InlineData(TransferPosition.Tail)]
    [InlineData(TransferPosition.ByIssueTime)]
    public void Transfer_OffersThePosition_AndSendsTheOneChosen(TransferPosition position)
    {
        TransferTicket.Command? sent = null;
        var state = State(Ticket(TicketStatus.Serving, 1)) with { Lines = [new LineView("A", "综合受理", 2, 16, 5), new LineView("C", "社保医保", 4, 30, 9)] };
        var panel = Render<CurrentTicketPanel>(p => p
            .Add(x => x.State, state)
            .Add(x => x.Form, "transfer")
            .Add(x => x.OnTransfer, (TransferTicket.Command c) => sent = c));

        Assert.Equal(3, panel.FindAll("[data-testid^=transfer-position-]").Count);
        Assert.Contains("按原取号时间", panel.Find("[data-testid=transfer-position]").TextContent);
        var group = panel.FindComponent<MudBlazor.MudRadioGroup<TransferPosition>>().Instance;
        var select = panel.FindComponent<MudBlazor.MudSelect<string>>().Instance;
        panel.InvokeAsync(() => group.ValueChanged.InvokeAsync(position));
        panel.InvokeAsync(() => select.ValueChanged.InvokeAsync("line:C"));
        panel.Find("[data-testid=transfer-confirm]").Click();

        Assert.Equal(new TransferTicket.Command("C", null, position), sent);
    }

    private static CurrentTicket Ticket(TicketStatus status, int calls) =>
        new("A023", "A", "综合受理", status, Now.AddMinutes(-12), Now, calls, false);

    private static ConsoleState State(CurrentTicket? ticket) =>
        new(
            new ClerkInfo("王晓燕", "AM1001", "AM", "爱民区政务服务中心", 3),
            [],
            [new LineView("A", "综合受理", 2, 16, 5)],
            new CounterView(3, "综合窗口", ticket is null ? "Open" : "Serving", "服务中", null, "王晓燕", "AM1001", ticket?.Number, Now, ["A", "C"]),
            ticket,
            [],
            [],
            [],
            0,
            Now);
}
