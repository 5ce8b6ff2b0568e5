using HallDesk.Web.Features.Live;
using Microsoft.AspNetCore.SignalR.Client;

namespace HallDesk.Web.Tests.Features.Live;

/// <summary>A test board hears the events of one kind in the hall's batches (<see cref="IQueueClient.Events"/>).</summary>
public static class BoardEvents
{
    /// <summary>Each event of kind <typeparamref name="T"/>, with the batch it came in (the line figures travel there).</summary>
    public static IDisposable OnEvent<T>(this HubConnection connection, Action<T, QueueBatch> handler)
        where T : QueueEvent =>
        connection.On<QueueBatch>(nameof(IQueueClient.Events), batch =>
        {
            foreach (var e in batch.Events.OfType<T>())
            {
                handler(e, batch);
            }
        });

    public static IDisposable OnEvent<T>(this HubConnection connection, Action<T> handler)
        where T : QueueEvent =>
        connection.OnEvent<T>((e, _) => handler(e));

    public static IDisposable OnEvent<T>(this HubConnection connection, Func<T, Task> handler)
        where T : QueueEvent =>
        connection.On<QueueBatch>(nameof(IQueueClient.Events), async batch =>
        {
            foreach (var e in batch.Events.OfType<T>())
            {
                await handler(e);
            }
        });
}
