using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace HallDesk.Web.Features.Live;

/// <summary>
/// The public queue hub (/hubs/queue). Boards and counter screens are public by design; the hub
/// carries only ticket numbers, counters and counts, never personal data. Staff actions do not go
/// through the hub: they are Blazor use cases behind role checks.
/// </summary>
[AllowAnonymous]
public sealed class QueueHub(IHallSnapshots queries, HallSendOrder order) : Hub<IQueueClient>
{
    public static string GroupOf(string hall) => "hall:" + hall;

    /// <summary>Joins a hall's group and answers with its snapshot, so a (re)connected client starts from the truth.</summary>
    [HubMethodName("JoinHall")]
    public async Task JoinHallAsync(string hall)
    {
        if (string.IsNullOrWhiteSpace(hall) || hall.Length > 16)
        {
            throw new HubException("大厅代码不正确。");
        }

        // Join first, then read and send while no event of the hall is being sent (HallSendOrder): an event
        // committed before the read is in the snapshot; one sent after arrives after it. None is lost.
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(hall));
        using (await order.EnterAsync(hall, Context.ConnectionAborted))
        {
            var snapshot = await queries.SnapshotAsync(hall, Context.ConnectionAborted);
            if (snapshot is null)
            {
                await Groups.RemoveFromGroupAsync(Context.ConnectionId, GroupOf(hall));
                throw new HubException($"没有找到大厅“{hall}”。");
            }

            await Clients.Caller.Snapshot(snapshot);
        }
    }
}
