using HallDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace HallDesk.Web.Features.Live;

/// <summary>
/// The public queue hub (/hubs/queue). Boards and counter screens are public by design; the hub
/// carries only ticket numbers, counters and counts, never personal data. Staff actions do not go
/// through the hub: they are Blazor use cases behind role checks. Connections and joins are limited
/// per address (<see cref="PublicDoors"/>, <see cref="DoorLimiter"/>).
/// </summary>
[AllowAnonymous]
public sealed class QueueHub(BoardSnapshots boards, HallSendOrder order, DoorLimiter limits, HallScreens screens) : Hub<IQueueClient>
{
    public const string TooManyJoins = "加入大厅过于频繁，请稍后再试。";

    /// <summary>Joins refused on one connection before it is closed.</summary>
    public const int RefusalsBeforeClose = 3;

    private const string RefusalsKey = "HallDesk.JoinRefusals";

    /// <summary>A screen takes its snapshot within this time, or its connection is closed (it reconnects by itself).</summary>
    public static readonly TimeSpan SnapshotSendLimit = TimeSpan.FromSeconds(2);

    public static string GroupOf(string hall) => "hall:" + hall;

    /// <summary>Joins a hall's group and answers with its snapshot, so a (re)connected client starts from the truth.</summary>
    [HubMethodName("JoinHall")]
    public async Task JoinHallAsync(string hall)
    {
        if (string.IsNullOrWhiteSpace(hall) || hall.Length > 16 || !hall.All(char.IsAsciiLetterOrDigit))
        {
            throw new HubException("大厅代码不正确。");
        }

        if (!limits.TryEnter(Door.HubJoins, Context.GetHttpContext()?.Connection.RemoteIpAddress?.ToString()))
        {
            // A screen joins once per connection; one that keeps joining over the limit is a script: after a few
            // refusals its connection is closed, and reconnecting meets the limit on connections.
            var refusals = Context.Items[RefusalsKey] is int n ? n + 1 : 1;
            Context.Items[RefusalsKey] = refusals;
            if (refusals >= RefusalsBeforeClose)
            {
                Context.Abort();
            }

            throw new HubException(TooManyJoins);
        }

        // Join first, then read and send while no event of the hall is being sent (HallSendOrder): an event
        // committed before the read is in the snapshot; one sent after arrives after it. None is lost.
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(hall));
        BoardSnapshot? snapshot;
        using (var turn = await order.JoinAsync(hall, Context.ConnectionAborted))
        {
            // From memory; else joins that arrive together share one read, which a board's own going away does not cancel.
            snapshot = await boards.SnapshotAsync(hall, turn);
            if (snapshot is not null)
            {
                // A client that does not read its connection must not hold the hall's turn (and the clerks' calls).
                try
                {
                    await Clients.Caller.Snapshot(snapshot).WaitAsync(SnapshotSendLimit, Context.ConnectionAborted);
                }
                catch (TimeoutException)
                {
                    Context.Abort();
                    return;
                }

                screens.Joined(hall, Context.ConnectionId);
                return;
            }
        }

        await Groups.RemoveFromGroupAsync(Context.ConnectionId, GroupOf(hall));
        throw new HubException($"没有找到大厅“{hall}”。");
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        screens.Left(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }
}
