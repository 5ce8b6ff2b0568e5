using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Channels;
using HallDesk.Data;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Live;

/// <summary>
/// Issue 21 item 3: each node keeps each hall's board snapshot, moved by the events it publishes; a joining board gets it
/// without a query, and it is what the database says after every queue action. Also on PostgreSQL (OnPostgreSqlTests).
/// </summary>
public class BoardSnapshotsInAppTests : IClassFixture<HallDeskFactory>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private static readonly JsonSerializerOptions Json = new() { Converters = { new TimeByValue() } };
    private readonly HallDeskFactory _factory;

    public BoardSnapshotsInAppTests(HallDeskFactory factory) => _factory = factory;

    private BoardSnapshots Boards => _factory.Get<BoardSnapshots>();

    [Fact]
    public async Task KeptSnapshot_AfterEveryQueueAction_IsWhatTheDatabaseSays()
    {
        var (c1, c2, c3) = (await _factory.ActorAsync("clerk1"), await _factory.ActorAsync("clerk2"), await _factory.ActorAsync("clerk3"));
        var anyone = Actor.Anonymous(null, "test");
        await Boards.SnapshotAsync("AM");
        var steps = new List<(string Name, bool ReadsAgain, Func<Task> Act)>
        {
            ("open 1", true, () => _factory.Get<OpenCounter>().HandleAsync(c1, "AM", 1)),
            ("open 3", true, () => _factory.Get<OpenCounter>().HandleAsync(c2, "AM", 3)),
            ("open 6", true, () => _factory.Get<OpenCounter>().HandleAsync(c3, "AM", 6)),
        };
        foreach (var line in new[] { "A", "A", "C", "A", "E", "A", "C", "A", "A", "E", "A", "C", "A", "A", "A" })
        {
            steps.Add(($"issue {line}", false, () => _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", line, null, false), anyone)));
        }

        for (var i = 0; i < 4; i++)
        {
            steps.Add(("1 call", false, () => _factory.Get<CallNextTicket>().HandleAsync(c1)));
            steps.Add(("1 finish", false, () => _factory.Get<FinishService>().HandleAsync(c1)));
            steps.Add(("3 call", false, () => _factory.Get<CallNextTicket>().HandleAsync(c2)));
            steps.Add(("3 start", false, () => _factory.Get<StartService>().HandleAsync(c2)));
            steps.Add(("3 finish", false, () => _factory.Get<FinishService>().HandleAsync(c2)));
        }

        var parked = "";
        var noShow = "";
        steps.AddRange(
        [
            ("6 call", false, () => _factory.Get<CallNextTicket>().HandleAsync(c3)),
            ("6 start", false, () => _factory.Get<StartService>().HandleAsync(c3)),
            ("6 park", false, async () =>
            {
                parked = (await _factory.Get<QueueQueries>().SnapshotAsync("AM"))!.Counters.Single(c => c.Number == 6).CurrentTicket!;
                await _factory.Get<ParkTicket>().HandleAsync(c3);
            }),
            ("6 call another", false, () => _factory.Get<CallNextTicket>().HandleAsync(c3)),
            ("6 finish", false, () => _factory.Get<FinishService>().HandleAsync(c3)),
            ("6 resume the parked", false, () => _factory.Get<ResumeParkedTicket>().HandleAsync(c3, parked)),
            ("6 finish it", false, () => _factory.Get<FinishService>().HandleAsync(c3)),
            ("1 call", false, async () => noShow = (await _factory.Get<CallNextTicket>().HandleAsync(c1))!),
            ("1 recall", false, () => _factory.Get<RecallTicket>().HandleAsync(c1)),
            ("1 recall again", false, () => _factory.Get<RecallTicket>().HandleAsync(c1)),
            ("1 no-show", false, () => _factory.Get<MarkNoShow>().HandleAsync(c1)),
            ("3 call", false, () => _factory.Get<CallNextTicket>().HandleAsync(c2)),
            ("3 transfer to line E", false, () => _factory.Get<TransferTicket>().HandleAsync(c2, new TransferTicket.Command("E", null))),
            ("1 rejoin the no-show", false, () => _factory.Get<RejoinTicket>().HandleAsync(c1, noShow)),
            ("6 priority only", false, () => _factory.Get<SetPriorityOnly>().HandleAsync(c3, true)),
            ("five minutes pass", false, () =>
            {
                _factory.Clock.Advance(TimeSpan.FromMinutes(5));
                return Task.CompletedTask;
            }),
            ("3 call", false, () => _factory.Get<CallNextTicket>().HandleAsync(c2)),
            ("3 transfer to counter 1", false, () => _factory.Get<TransferTicket>().HandleAsync(c2, new TransferTicket.Command(null, 1))),
            ("1 call the transferred", false, () => _factory.Get<CallNextTicket>().HandleAsync(c1)),
            ("3 pause", true, () => _factory.Get<PauseCounter>().HandleAsync(c2, "午休")),
            ("3 resume", true, () => _factory.Get<ResumeCounter>().HandleAsync(c2)),
            ("1 finish", false, () => _factory.Get<FinishService>().HandleAsync(c1)),
            ("1 close", true, () => _factory.Get<CloseCounter>().HandleAsync(c1)),
            ("6 close", true, () => _factory.Get<CloseCounter>().HandleAsync(c3)),
        ]);

        foreach (var (name, readsAgain, act) in steps)
        {
            await act();
            var kept = Boards.Kept("AM");
            var read = await _factory.Get<QueueQueries>().SnapshotAsync("AM");
            Assert.True(readsAgain || kept is not null, $"after '{name}' the snapshot was dropped");
            var snapshot = kept ?? await Boards.SnapshotAsync("AM");
            Assert.Equal(Comparable(read!), Comparable(snapshot!));
        }

        // Calls left the board (a no-show, transfers) and the board still shows eight: the next ones were kept.
        Assert.Equal(LiveViews.RecentCallsShown, Boards.Kept("AM")!.RecentCalls.Count);
    }

    [Fact]
    public async Task JoinHall_WithTheSnapshotKept_RunsNoDatabaseCommand()
    {
        await _factory.Get<QueueNotifier>().ResynchroniseAsync("AM"); // nothing kept: the first join reads
        using var commands = new DatabaseCommands(_factory);
        await JoinAsync();
        var cold = commands.Count;

        // An event between the joins: the kept snapshot moves, a read shared by joins would have to be read again.
        await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", "D", null, false), Actor.Anonymous(null, "test"));
        var issued = commands.Count;
        var snapshot = await JoinAsync();

        Assert.True(cold > 0, "the first join reads the hall");
        Assert.Equal(issued, commands.Count);
        Assert.Equal(Comparable((await _factory.Get<QueueQueries>().SnapshotAsync("AM"))!), Comparable(snapshot));
    }

    [Fact]
    public async Task KeptSnapshot_IsReadAgain_WhenTheScreensAreToldToResynchronise()
    {
        await Boards.SnapshotAsync("AM");
        await using (var db = await _factory.DbAsync())
        {
            // Past the app's events, as a change while Redis was away: the kept snapshot does not know it.
            await db.Halls.Where(h => h.Code == "AM").ExecuteUpdateAsync(s => s.SetProperty(h => h.Notice, "今日下午四点停止取号"));
        }

        var before = Boards.Kept("AM");
        await _factory.Get<QueueNotifier>().ResynchroniseAsync("AM");
        var after = await Boards.SnapshotAsync("AM");

        Assert.NotEqual("今日下午四点停止取号", before!.Notice);
        Assert.Equal("今日下午四点停止取号", after!.Notice);
    }

    /// <summary>
    /// The snapshot without the time it was made (a kept one is made when asked), its times compared by value: a time read
    /// back from SQLite comes without its kind (UTC), one an event carries with it.
    /// </summary>
    private static string Comparable(BoardSnapshot snapshot) => JsonSerializer.Serialize(snapshot with { ServerTime = default }, Json);

    private sealed class TimeByValue : JsonConverter<DateTime>
    {
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
            writer.WriteStringValue(DateTime.SpecifyKind(value, DateTimeKind.Unspecified).ToString("O", CultureInfo.InvariantCulture));
    }

    private async Task<BoardSnapshot> JoinAsync()
    {
        var snapshots = Channel.CreateUnbounded<BoardSnapshot>();
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(_factory.Server.BaseAddress, "/hubs/queue"), o =>
            {
                o.HttpMessageHandlerFactory = _ => _factory.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
            })
            .Build();
        connection.On<BoardSnapshot>("Snapshot", s => snapshots.Writer.TryWrite(s));
        await connection.StartAsync();
        await connection.InvokeAsync("JoinHall", "AM");
        return await snapshots.Reader.ReadAsync().AsTask().WaitAsync(Wait);
    }
}
