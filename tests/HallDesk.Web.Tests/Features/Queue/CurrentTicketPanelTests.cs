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
