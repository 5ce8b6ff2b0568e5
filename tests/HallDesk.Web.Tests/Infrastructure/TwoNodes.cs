using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Queue;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR.Client;

namespace HallDesk.Web.Tests.Infrastructure;

/// <summary>
/// Two app nodes, A and B, on one fresh PostgreSQL database and one Redis (HALLDESK_TEST_POSTGRES and
/// HALLDESK_TEST_REDIS; both required, never skipped). They start at the same moment, as nodes behind a load
/// balancer do. A channel prefix of their own keeps them apart from any other test on the same Redis.
/// </summary>
public sealed class TwoNodes : IAsyncLifetime
{
    public const string RedisVariable = "HALLDESK_TEST_REDIS";

    private PostgresTestDatabase? _database;

    public Node A { get; private set; } = default!;

    public Node B { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        var redis = TestServices.Require(RedisVariable, "the two-node tests");
        _database = PostgresTestDatabase.Create();
        redis += ",channelPrefix=HallDeskTest" + Guid.NewGuid().ToString("N");
        A = new Node(_database.ConnectionString, redis);
        B = new Node(_database.ConnectionString, redis);

        // Both migrate-and-seed at once: one waits for the other.
        await Task.WhenAll(Task.Run(() => A.Server), Task.Run(() => B.Server));
        await Task.WhenAll(A.Get<QueueEventRelay>().Subscribed, B.Get<QueueEventRelay>().Subscribed).WaitAsync(TimeSpan.FromSeconds(30));
    }

    public Task DisposeAsync()
    {
        A?.Dispose();
        B?.Dispose();
        _database?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>One node: the whole app on the shared database, with the Redis backplane.</summary>
    public sealed class Node(string database, string redis) : HallDeskFactory
    {
        protected override void UseDatabase(IWebHostBuilder builder)
        {
            builder.UseSetting("Database:Provider", "PostgreSql");
            builder.UseSetting("ConnectionStrings:HallDesk", database);
            builder.UseSetting("SignalR:Redis", redis);
        }

        /// <summary>A board: a hub client connected to this node.</summary>
        public HubConnection Board() =>
            new HubConnectionBuilder()
                .WithUrl(new Uri(Server.BaseAddress, "/hubs/queue"), o =>
                {
                    o.HttpMessageHandlerFactory = _ => Server.CreateHandler();
                    o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.LongPolling;
                })
                .Build();
    }
}
