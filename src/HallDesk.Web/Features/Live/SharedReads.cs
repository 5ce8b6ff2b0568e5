namespace HallDesk.Web.Features.Live;

/// <summary>
/// One read at a time per key (a hall), shared by the screens that ask for it: whoever asks while a read is in
/// flight gets the next one, which starts when that one ends and serves them all. So every caller gets a read that
/// began after it asked (it sees the commit that made it ask), and ten manager views of a hall cost what one does.
/// </summary>
public sealed class SharedReads<T>
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Slot> _slots = new(StringComparer.Ordinal);

    public Task<T> ReadAsync(string key, Func<Task<T>> read, CancellationToken ct = default)
    {
        Slot slot;
        TaskCompletionSource<T> first;
        lock (_lock)
        {
            if (!_slots.TryGetValue(key, out slot!))
            {
                slot = new Slot();
                _slots[key] = slot;
            }

            if (slot.Running)
            {
                slot.Next ??= new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
                slot.NextRead = read;
                return slot.Next.Task.WaitAsync(ct);
            }

            slot.Running = true;
            first = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        // Started at once, but never on the first caller's context: a circuit that closes must not strand the others.
        var context = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            _ = RunAsync(slot, read, first);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(context);
        }

        return first.Task.WaitAsync(ct);
    }

    private async Task RunAsync(Slot slot, Func<Task<T>> read, TaskCompletionSource<T> readers)
    {
        while (true)
        {
            try
            {
                readers.TrySetResult(await read().ConfigureAwait(false));
            }
            catch (Exception ex)
            {
                readers.TrySetException(ex);
            }

            lock (_lock)
            {
                if (slot.Next is null)
                {
                    slot.Running = false;
                    return;
                }

                (readers, read) = (slot.Next, slot.NextRead!);
                (slot.Next, slot.NextRead) = (null, null);
            }
        }
    }

    private sealed class Slot
    {
        public bool Running { get; set; }

        public TaskCompletionSource<T>? Next { get; set; }

        public Func<Task<T>>? NextRead { get; set; }
    }
}
