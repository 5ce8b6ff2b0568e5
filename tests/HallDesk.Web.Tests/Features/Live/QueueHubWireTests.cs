using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using HallDesk.Data;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace HallDesk.Web.Tests.Features.Live;

/// <summary>
/// What SignalR's JSON protocol puts on a board's WebSocket, read frame by frame with no SignalR client in
/// between: one message per commit, whatever the events of the commit.
/// </summary>
public sealed class QueueHubWireTests(HallDeskFactory factory, ITestOutputHelper output) : IClassFixture<HallDeskFactory>
{
    private const char RecordSeparator = '\u001e';
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Call_SendsEachBoardOneMessage_WithTheCommitsEventsInOrder_AndTheLineFiguresOnce()
    {
        await using var board = await RawBoard.JoinAsync(factory, "AM");
        var clerk = await factory.ActorAsync("clerk2");
        await factory.Get<OpenCounter>().HandleAsync(clerk, "AM", 4);
        var first = await factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", "D", null, false), Actor.Anonymous(null, "test"));
        await factory.Get<CallNextTicket>().HandleAsync(clerk);
        // A later commit closes what the call sent: everything before it on the socket is the call's.
        var after = await factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", "D", null, false), Actor.Anonymous(null, "test"));

        var messages = await board.ReadUntilAsync(m => Numbers(m, "TicketIssued").Contains(after.Number));
        var issued = messages.FindIndex(m => Numbers(m, "TicketIssued").Contains(first.Number));
        var ofTheCall = messages[(issued + 1)..^1];

        var call = Assert.Single(ofTheCall);
        output.WriteLine($"the call's message, {Encoding.UTF8.GetByteCount(call.GetRawText()) + 1} bytes on the wire: {call.GetRawText()}");
        Assert.Equal("Events", call.GetProperty("target").GetString());
        var batch = Assert.Single(call.GetProperty("arguments").EnumerateArray().ToList());
        Assert.Equal(["TicketCalled", "CounterChanged"], Types(batch));
        Assert.Equal([first.Number], Numbers(call, "TicketCalled"));
        Assert.Equal(first.Number, batch.GetProperty("events")[1].GetProperty("counter").GetProperty("currentTicket").GetString());
        Assert.Equal(0, batch.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("code").GetString() == "D").GetProperty("waiting").GetInt32());
        Assert.All(batch.GetProperty("events").EnumerateArray(), e => Assert.False(e.TryGetProperty("lines", out _), e.GetRawText()));
    }

    private static List<string> Types(JsonElement batch) =>
        batch.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("type").GetString()!).ToList();

    /// <summary>The numbers of the events of one kind in a hub message (none when it is no batch).</summary>
    private static List<string> Numbers(JsonElement message, string type) =>
        message.GetProperty("target").GetString() != "Events"
            ? []
            : message.GetProperty("arguments")[0].GetProperty("events").EnumerateArray()
                .Where(e => e.GetProperty("type").GetString() == type)
                .Select(e => e.GetProperty("number").GetString()!)
                .ToList();

    /// <summary>A board's WebSocket spoken to by hand: the handshake, JoinHall, then every invocation the hub sends.</summary>
    private sealed class RawBoard(WebSocket socket) : IAsyncDisposable
    {
        private readonly StringBuilder _pending = new();
        private readonly Decoder _utf8 = Encoding.UTF8.GetDecoder();

        public static async Task<RawBoard> JoinAsync(HallDeskFactory factory, string hall)
        {
            var uri = new UriBuilder(factory.Server.BaseAddress) { Scheme = "ws", Path = "/hubs/queue" }.Uri;
            var board = new RawBoard(await factory.Server.CreateWebSocketClient().ConnectAsync(uri, CancellationToken.None));
            await board.SendAsync("""{"protocol":"json","version":1}""");
            Assert.Equal("{}", (await board.ReadRecordAsync()).GetRawText());
            await board.SendAsync($$"""{"type":1,"invocationId":"join","target":"JoinHall","arguments":["{{hall}}"]}""");
            var beforeCompletion = await board.ReadUntilAsync(m => m.GetProperty("type").GetInt32() == 3, invocationsOnly: false);
            Assert.Contains(beforeCompletion, m => m.TryGetProperty("target", out var t) && t.GetString() == "Snapshot");
            return board;
        }

        /// <summary>The hub's invocations up to and including the first that <paramref name="last"/> accepts; pings skipped.</summary>
        public async Task<List<JsonElement>> ReadUntilAsync(Func<JsonElement, bool> last, bool invocationsOnly = true)
        {
            var read = new List<JsonElement>();
            while (true)
            {
                var message = await ReadRecordAsync();
                if (invocationsOnly && message.GetProperty("type").GetInt32() != 1)
                {
                    continue;
                }

                read.Add(message);
                if (last(message))
                {
                    return read;
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            socket.Abort();
            socket.Dispose();
            await Task.CompletedTask;
        }

        private Task SendAsync(string record) =>
            socket.SendAsync(Encoding.UTF8.GetBytes(record + RecordSeparator), WebSocketMessageType.Text, true, CancellationToken.None);

        private async Task<JsonElement> ReadRecordAsync()
        {
            var buffer = new byte[64 * 1024];
            var chars = new char[Encoding.UTF8.GetMaxCharCount(buffer.Length)];
            while (true)
            {
                var end = _pending.ToString().IndexOf(RecordSeparator, StringComparison.Ordinal);
                if (end >= 0)
                {
                    var record = _pending.ToString(0, end);
                    _pending.Remove(0, end + 1);
                    return JsonDocument.Parse(record).RootElement.Clone();
                }

                var received = await socket.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(Wait);
                // A frame may end inside a character of a Chinese name: the decoder keeps the rest for the next read.
                _pending.Append(chars, 0, _utf8.GetChars(buffer, 0, received.Count, chars, 0));
            }
        }
    }
}
