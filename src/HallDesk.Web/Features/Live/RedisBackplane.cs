using StackExchange.Redis;

namespace HallDesk.Web.Features.Live;

/// <summary>
/// <c>SignalR:Redis</c>: empty for one node; a Redis connection string turns on the SignalR backplane (hub sends
/// reach the hub clients of every node) and the <see cref="QueueEventRelay"/> (queue events reach the Blazor screens
/// of every node). The connections do not abort when Redis is away at startup: they keep trying in the background.
/// </summary>
public static class RedisBackplane
{
    /// <summary>
    /// Every channel HallDesk uses starts with this, so that other apps can share the Redis; a connection string's own
    /// channelPrefix=... wins (two HallDesk installations, or parallel tests, on one Redis).
    /// </summary>
    public const string ChannelPrefix = "HallDesk";

    public static WebApplicationBuilder AddRedisBackplane(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration["SignalR:Redis"];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return builder;
        }

        ConfigurationOptions Options()
        {
            var options = ConfigurationOptions.Parse(configured);
            options.AbortOnConnectFail = false;
            // Without Redis a send fails at once (and is logged) instead of waiting in a backlog while a clerk waits.
            options.BacklogPolicy = BacklogPolicy.FailFast;
            options.ClientName ??= "HallDesk";
            if (options.ChannelPrefix.IsNullOrEmpty)
            {
                options.ChannelPrefix = RedisChannel.Literal(ChannelPrefix);
            }

            return options;
        }

        var backplane = new BackplaneConnection();
        builder.Services.AddSingleton(backplane);
        builder.Services.AddSignalR().AddStackExchangeRedis(o =>
        {
            o.Configuration = Options();
            o.ConnectionFactory = async log =>
            {
                var connection = await ConnectionMultiplexer.ConnectAsync(o.Configuration, log);
                connection.ConnectionRestored += (_, e) => backplane.OnRestored(e.ConnectionType);
                return connection;
            };
        });
        builder.Services.AddSingleton(sp => new QueueEventRelay(Options(), sp.GetRequiredService<ILogger<QueueEventRelay>>()));
        builder.Services.AddHostedService<QueueBackplaneSync>();
        return builder;
    }
}

/// <summary>The SignalR backplane's own Redis connection, as far as the app needs to know it: when it comes back.</summary>
public sealed class BackplaneConnection
{
    public event Action? Restored;

    internal void OnRestored(ConnectionType type)
    {
        if (type == ConnectionType.Subscription)
        {
            Restored?.Invoke();
        }
    }
}
