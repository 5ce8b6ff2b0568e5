using System.Collections.Concurrent;
using System.Threading.Channels;

namespace HallDesk.Web.Features.Documents;

/// <summary>
/// Documents held while the demo history writes its days: each is drawn on a thread of its own once the step that
/// asked for it has ended (so it is drawn from what the step wrote), alongside the next steps instead of after them;
/// what is left when the history ends is drawn on every core. The results come back in the order they were added.
/// </summary>
internal sealed class HeldDrawings<TItem, TResult>
{
    private readonly Lock _lock = new();
    private readonly Func<TItem, TResult> _draw;
    private readonly List<TItem> _items = [];
    private readonly ConcurrentDictionary<int, TResult> _drawn = new();
    private readonly Channel<int> _ready = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleWriter = true });
    private readonly Task _drawer;
    private int _handedOver;

    public HeldDrawings(Func<TItem, TResult> draw)
    {
        _draw = draw;
        _drawer = Task.Run(DrawAsync);
    }

    public void Add(TItem item)
    {
        lock (_lock)
        {
            _items.Add(item);
        }
    }

    /// <summary>The step that added the items so far has ended, written or refused: they can be drawn.</summary>
    public void StepEnded()
    {
        lock (_lock)
        {
            for (; _handedOver < _items.Count; _handedOver++)
            {
                _ready.Writer.TryWrite(_handedOver);
            }
        }
    }

    /// <summary>Draws what is left on every core and returns every item with its drawing, in the order added.</summary>
    public async Task<IReadOnlyList<(TItem Item, TResult Drawing)>> FinishAsync()
    {
        StepEnded();
        _ready.Writer.Complete();
        var helpers = Enumerable.Range(0, Math.Max(0, Environment.ProcessorCount - 1)).Select(_ => Task.Run(DrawAsync));
        await Task.WhenAll([_drawer, .. helpers]);
        lock (_lock)
        {
            return _items.Select((item, i) => (item, _drawn[i])).ToList();
        }
    }

    private async Task DrawAsync()
    {
        await foreach (var i in _ready.Reader.ReadAllAsync())
        {
            TItem item;
            lock (_lock)
            {
                item = _items[i];
            }

            _drawn[i] = _draw(item);
        }
    }
}
