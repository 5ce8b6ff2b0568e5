using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Infrastructure;

/// <summary>
/// The app's context factory, counting the contexts asked for (one per query method), and able to hold them back:
/// a screen that redraws while the database is held drew what the event carried.
/// </summary>
public sealed class CountingDbContextFactory(IDbContextFactory<HallDeskDbContext> inner) : IDbContextFactory<HallDeskDbContext>
{
    private readonly Lock _lock = new();
    private TaskCompletionSource _open = Open();
    private TaskCompletionSource _someoneWaits = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _opened;
    private int _waiting;

    /// <summary>Contexts handed out or waiting at the hold.</summary>
    public int Opened => Volatile.Read(ref _opened);

    /// <summary>Callers waiting at the hold now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Completes when a caller reaches the hold.</summary>
    public Task SomeoneWaits
    {
        get
        {
            lock (_lock)
            {
                return _someoneWaits.Task;
            }
        }
    }

    public void Hold()
    {
        lock (_lock)
        {
            _open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _someoneWaits = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public void Release()
    {
        lock (_lock)
        {
            _open.TrySetResult();
        }
    }

    public HallDeskDbContext CreateDbContext()
    {
        Interlocked.Increment(ref _opened);
        return inner.CreateDbContext();
    }

    public async Task<HallDeskDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _opened);
        Task open;
        bool held;
        lock (_lock)
        {
            open = _open.Task;
            held = !open.IsCompleted;
            if (held)
            {
                Interlocked.Increment(ref _waiting);
                _someoneWaits.TrySetResult();
            }
        }

        if (held)
        {
            try
            {
                await open.WaitAsync(cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref _waiting);
            }
        }

        return await inner.CreateDbContextAsync(cancellationToken);
    }

    private static TaskCompletionSource Open()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }
}
