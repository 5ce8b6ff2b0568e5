using Bunit;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.Features.Queue;

/// <summary>
/// Issue 23: the console redraws on every click and event; its 过号 buttons redraw when their rows change, and only
/// then — a redraw with the same rows is skipped, a changed row is drawn at once.
/// </summary>
public sealed class RejoinListTests : ComponentTestContext
{
    private static readonly DateTime At = new(2026, 12, 1, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void SameRows_AreNotRedrawn_ChangedRowsAre()
    {
        var list = Render<RejoinList>(p => p.Add(c => c.NoShows, [new TicketRow("A001", "A", At)]));
        var renders = list.RenderCount;

        list.Render(p => p.Add(c => c.NoShows, [new TicketRow("A001", "A", At)]));
        Assert.Equal(renders, list.RenderCount);

        list.Render(p => p.Add(c => c.NoShows, [new TicketRow("A001", "A", At), new TicketRow("A002", "A", At)]));
        Assert.True(list.RenderCount > renders);
        Assert.NotNull(list.Find("[data-testid=rejoin-A002]"));

        // Back to the first rows: what the screen shows now is two buttons, so this is drawn too.
        list.Render(p => p.Add(c => c.NoShows, [new TicketRow("A001", "A", At)]));
        Assert.Empty(list.FindAll("[data-testid=rejoin-A002]"));
    }
}
