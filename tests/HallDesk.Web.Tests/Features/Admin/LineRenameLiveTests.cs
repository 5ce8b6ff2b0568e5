using System.Threading.Channels;
using HallDesk.Web.Features.Admin;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Tests.Features.Live;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace HallDesk.Web.Tests.Features.Admin;

/// <summary>Issue 19: a line renamed by the manager reaches an open board at once, not at the next ticket event.</summary>
public class LineRenameLiveTests : IClassFixture<HallDeskFactory>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly HallDeskFactory _factory;

    public LineRenameLiveTests(HallDeskFactory factory) => _factory = factory;

    [Fact]
    public async Task ChangeLine_OpenBoardGetsASnapshotWithTheNewName()
    {
        var snapshots = Channel.CreateUnbounded<BoardSnapshot>();
        await using var board = new HubConnectionBuilder()
            .WithUrl(new Uri(_factory.Server.BaseAddress, "/hubs/queue"), o =>
            {
                o.HttpMessageHandlerFactory = _ => _factory.Server.CreateHandler();
                o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.LongPolling;
            })
            .Build();
        board.OnEvent<HallChangedEvent>(_ => board.InvokeAsync("JoinHall", "AM"));
        board.On<BoardSnapshot>("Snapshot", s => snapshots.Writer.TryWrite(s));
        await board.StartAsync();
        await board.InvokeAsync("JoinHall", "AM");
        var first = await snapshots.Reader.ReadAsync().AsTask().WaitAsync(Wait);
        var line = first.Lines.Single(l => l.Code == "D");

        await _factory.Get<EditLines>().ChangeAsync(new EditLines.Command("AM", "D", "社保医保（新）", 4, 10), await _factory.ActorAsync("manager"));
        var second = await snapshots.Reader.ReadAsync().AsTask().WaitAsync(Wait);

        Assert.NotEqual("社保医保（新）", line.Name);
        Assert.Equal("社保医保（新）", second.Lines.Single(l => l.Code == "D").Name);
    }
}
