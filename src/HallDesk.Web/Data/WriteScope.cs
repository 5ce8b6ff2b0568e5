using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace HallDesk.Web.Data;

/// <summary>
/// One write: a short-lived context in a transaction that SQLite starts with BEGIN IMMEDIATE (the
/// write lock is taken before the first read), behind a process-wide gate so that writers queue
/// in memory instead of spinning on SQLITE_BUSY. Read-then-write (numbering, call next) is
/// therefore never interleaved, and "database is locked" never surfaces.
/// </summary>
public sealed class WriteScope : IAsyncDisposable
{
    private readonly WriteGate _gate;
    private readonly IDbContextTransaction _transaction;
    private bool _released;

    private WriteScope(HallDeskDbContext db, IDbContextTransaction transaction, WriteGate gate)
    {
        Db = db;
        _transaction = transaction;
        _gate = gate;
    }

    public HallDeskDbContext Db { get; }

    public static async Task<WriteScope> BeginAsync(IDbContextFactory<HallDeskDbContext> factory, WriteGate gate, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        HallDeskDbContext? db = null;
        try
        {
            db = await factory.CreateDbContextAsync(ct);
            var transaction = await db.Database.BeginTransactionAsync(ct);
            return new WriteScope(db, transaction, gate);
        }
        catch
        {
            if (db is not null)
            {
                await db.DisposeAsync();
            }

            gate.Release();
            throw;
        }
    }

    public void Audit(DateTime at, Actor actor, string action, string subject, string details) =>
        Db.AuditEntries.Add(AuditEntry.Create(at, actor.UserName, action, subject, details, actor.Address));

    public async Task CommitAsync(CancellationToken ct)
    {
        await Db.SaveChangesAsync(ct);
        await _transaction.CommitAsync(ct);
        ReleaseGate();
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await Db.DisposeAsync();
        ReleaseGate();
    }

    private void ReleaseGate()
    {
        if (!_released)
        {
            _released = true;
            _gate.Release();
        }
    }
}

/// <summary>The process-wide writer queue (one at a time, as SQLite allows).</summary>
public sealed class WriteGate : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    public Task WaitAsync(CancellationToken ct) => _semaphore.WaitAsync(ct);

    public void Release() => _semaphore.Release();

    public void Dispose() => _semaphore.Dispose();
}
