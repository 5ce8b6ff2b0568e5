using HallDesk.Web.Features.Live;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging;

namespace HallDesk.Web.Tests.Features.Live;

/// <summary>The hub's debug logging on (as an operator chasing a fault would turn it on), joins narrowly limited.</summary>
public sealed class HubDoorFactory : HallDeskFactory
{
    public const int Joins = 3;

    public LogCapture Logs { get; } = new();

    protected override IReadOnlyDictionary<string, int> RateLimits => new Dictionary<string, int>(base.RateLimits) { ["HubJoinsPerMinute"] = Joins };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.SignalR", "Debug");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }
}

/// <summary>
/// Issue 13: "20,000 JoinHall calls with unknown halls each logged a stack trace and left a lock object behind", and the
/// hub had no limit per address.
/// </summary>
public sealed class QueueHubDoorTests : IClassFixture<HubDoorFactory>
{
    private readonly HubDoorFactory _factory;

    public QueueHubDoorTests(HubDoorFactory factory) => _factory = factory;

    [Fact]
    public async Task JoinHall_UnknownHall_AnswersInChinese_LogsNoStackTrace_KeepsNoState()
    {
        await using var connection = await ConnectAsync("10.3.0.1");
        var logged = _factory.Logs.Entries.Count;

        var error = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync("JoinHall", "NOPE"));

        Assert.Contains("没有找到大厅", error.Message);
        var traces = _factory.Logs.Entries.Skip(logged).Where(e => e.Exception is not null).Select(e => $"{e.Category} {e.Level}: {e.Message}").ToList();
        Assert.True(traces.Count == 0, string.Join("\n", traces));
        Assert.False(_factory.Get<HallSendOrder>().Keeps("NOPE"));
    }

    [Fact]
    public async Task JoinHall_OverThePerAddressLimit_IsRefusedInChinese_OtherAddressesStillJoin()
    {
        await using var connection = await ConnectAsync("10.3.0.2");
        for (var i = 0; i < HubDoorFactory.Joins; i++)
        {
            await connection.InvokeAsync("JoinHall", "AM");
        }

        var error = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync("JoinHall", "AM"));
        await using var other = await ConnectAsync("10.3.0.3");
        await other.InvokeAsync("JoinHall", "AM");

        Assert.Contains(QueueHub.TooManyJoins, error.Message);
    }

    [Fact]
    public async Task JoinHall_RefusedAgainAndAgain_ClosesTheConnection()
    {
        await using var connection = await ConnectAsync("10.3.0.4");
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        for (var i = 0; i < HubDoorFactory.Joins; i++)
        {
            await connection.InvokeAsync("JoinHall", "AM");
        }

        for (var i = 0; i < QueueHub.RefusalsBeforeClose; i++)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => connection.InvokeAsync("JoinHall", "AM"));
        }

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(HubConnectionState.Disconnected, connection.State);
    }

    private async Task<HubConnection> ConnectAsync(string address)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(_factory.Server.BaseAddress, "/hubs/queue"), o =>
            {
                o.HttpMessageHandlerFactory = _ => _factory.Server.CreateHandler();
                o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.LongPolling;
                o.Headers[TestClientAddress.Header] = address;
            })
            .Build();
        connection.On<System.Text.Json.JsonElement>(nameof(IQueueClient.Snapshot), _ => { });
        await connection.StartAsync();
        return connection;
    }
}
