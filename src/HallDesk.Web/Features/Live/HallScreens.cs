using System.Collections.Concurrent;

namespace HallDesk.Web.Features.Live;

/// <summary>
/// The hub connections of this node that joined each hall (boards, counter screens). With the Redis backplane a
/// group send travels through Redis even to this node's own screens; a send to one connection of this node does
/// not. After Redis was away, the screens are told to take a fresh snapshot one by one through this list, so the
/// message does not depend on this node's Redis subscriptions being back yet.
/// </summary>
public sealed class HallScreens
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _byHall = new(StringComparer.Ordinal);

    public void Joined(string hall, string connectionId) =>
        _byHall.GetOrAdd(hall, _ => new ConcurrentDictionary<string, byte>(StringComparer.Ordinal))[connectionId] = 0;

    public void Left(string connectionId)
    {
        foreach (var connections in _byHall.Values)
        {
            connections.TryRemove(connectionId, out _);
        }
    }

    public IReadOnlyList<string> Of(string hall) =>
        _byHall.TryGetValue(hall, out var connections) ? [.. connections.Keys] : [];
}
