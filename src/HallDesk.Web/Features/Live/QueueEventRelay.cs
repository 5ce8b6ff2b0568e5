using System.Collections.Frozen;
using System.Text.Json;
using StackExchange.Redis;

namespace HallDesk.Web.Features.Live;

/// <summary>
/// Carries queue events between app nodes over Redis pub/sub, so that Blazor screens on every node (manager
/// view, kiosks, consoles, the hall comparison) hear a call made on any node. Hub clients (boards, counter
/// screens) do not need it: the SignalR Redis backplane already delivers the notifier's hub sends everywhere.
/// A node ignores its own echo. Redis being away never fails the write that raised the event: the event is
/// logged and dropped, and screens resynchronise from the database snapshot.
/// </summary>
public sealed class QueueEventRelay(ConfigurationOptions redis, ILogger<QueueEventRelay> logger) : IAsyncDisposable
{
    /// <summary>After the connection's channel prefix (HallDesk), as SignalR's own channels.</summary>
    public static readonly RedisChannel Channel = RedisChannel.Literal("HallDesk.Web.QueueEvents");

    /// <summary>The envelope type of several events of one commit (not an event type, so older nodes skip it).</summary>
    private const string BatchType = "QueueEventBatch";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly FrozenDictionary<string, Type> EventTypes = typeof(QueueEvent).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(QueueEvent)) && !t.IsAbstract)
        .ToFrozenDictionary(t => t.Name);

    private readonly SemaphoreSlim _connecting = new(1, 1);
    private readonly TaskCompletionSource _subscribed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ConnectionMultiplexer? _connection;

    /// <summary>This process, so that it can tell its own messages from other nodes'.</summary>
    public string Node { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Completes once this node hears the other nodes' events.</summary>
    public Task Subscribed => _subscribed.Task;

    /// <summary>
    /// One commit's events in one message, so that other nodes' screens also hear them as one batch. A single event
    /// travels as before; several as a <see cref="BatchType"/>, which a node that predates batches logs and ignores.
    /// </summary>
    public async Task PublishAsync(IReadOnlyList<QueueEvent> batch)
    {
        try
        {
            var connection = await ConnectAsync();
            var envelope = batch.Count == 1
                ? new Envelope(Node, batch[0].GetType().Name, Element(batch[0]))
                : new Envelope(Node, BatchType, JsonSerializer.SerializeToElement(batch.Select(e => new Item(e.GetType().Name, Element(e))), Json));
            await connection.GetSubscriber().PublishAsync(Channel, JsonSerializer.Serialize(envelope, Json));
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            logger.LogWarning(ex, "Redis is unavailable: {Events} of hall {Hall} reach this node only", Names(batch), batch[0].Hall);
        }
    }

    /// <summary>Hands every other node's batches to <paramref name="deliver"/>, one at a time and in order.</summary>
    public async Task SubscribeAsync(Func<IReadOnlyList<QueueEvent>, Task> deliver)
    {
        var connection = await ConnectAsync();
        var queue = await connection.GetSubscriber().SubscribeAsync(Channel);
        queue.OnMessage(async message =>
        {
            if (Read(message.Message) is { Count: > 0 } batch)
            {
                await deliver(batch);
            }
        });
        _subscribed.TrySetResult();
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        _connecting.Dispose();
    }

    internal IReadOnlyList<QueueEvent>? Read(RedisValue message)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize<Envelope>(message.ToString(), Json);
            if (envelope is null || envelope.Node == Node)
            {
                return null;
            }

            if (envelope.Type == BatchType)
            {
                var items = envelope.Event.Deserialize<List<Item>>(Json) ?? [];
                return items.Select(i => Event(i.Type, i.Event, envelope.Node)).OfType<QueueEvent>().ToList();
            }

            return Event(envelope.Type, envelope.Event, envelope.Node) is { } e ? [e] : null;
        }
        catch (JsonException ex)
        {
            logger.LogWarning(ex, "An unreadable queue event on {Channel} ignored", Channel);
            return null;
        }
    }

    private QueueEvent? Event(string typeName, JsonElement json, string node)
    {
        if (!EventTypes.TryGetValue(typeName, out var type))
        {
            // A newer node's event this one does not know: its screens resynchronise on their next snapshot.
            logger.LogWarning("Unknown queue event {Type} from node {Node} ignored", typeName, node);
            return null;
        }

        return (QueueEvent?)json.Deserialize(type, Json);
    }

    private static JsonElement Element(QueueEvent e) => JsonSerializer.SerializeToElement(e, e.GetType(), Json);

    private static string Names(IReadOnlyList<QueueEvent> batch) => string.Join(", ", batch.Select(e => e.GetType().Name));

    private async Task<ConnectionMultiplexer> ConnectAsync()
    {
        if (_connection is { } connected)
        {
            return connected;
        }

        await _connecting.WaitAsync();
        try
        {
            // AbortOnConnectFail is off: the connection comes back by itself after Redis does.
            return _connection ??= await ConnectionMultiplexer.ConnectAsync(redis);
        }
        finally
        {
            _connecting.Release();
        }
    }

    private sealed record Envelope(string Node, string Type, JsonElement Event);

    private sealed record Item(string Type, JsonElement Event);
}
