using System.Runtime.ExceptionServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace HallDesk.Data;

/// <summary>
/// One write: a short-lived context in one transaction, ordered against every other write so that
/// read-then-write (numbering, call next) is never interleaved.
/// <list type="bullet">
/// <item>SQLite: the transaction starts with BEGIN IMMEDIATE (the write lock is taken before the first
/// read), behind a process-wide gate so that writers queue in memory instead of spinning on SQLITE_BUSY
/// and "database is locked" never surfaces.</item>
/// <item>PostgreSQL (several nodes, so no process gate): the transaction first takes an advisory lock in
/// the database: the hall's for a write that stays inside one hall (<see cref="BeginForHallAsync"/>), the
/// whole database's otherwise. Statements after it see every write committed before it (READ COMMITTED),
/// so the same read-then-write is exactly as safe as on SQLite, on every node.</item>
/// </list>
/// </summary>
public sealed class WriteScope : IAsyncDisposable
{
    private readonly WriteGate? _gate;
    private readonly IDbContextTransaction _transaction;
    private List<Action>? _afterCommit;
    private List<(string Key, int Part, Func<CancellationToken, Task> Action)>? _beforeCommit;
    private (string Key, object Value, int Part)? _kept;
    private int _part;
    private bool _released;

    private WriteScope(HallDeskDbContext db, IDbContextTransaction transaction, WriteGate? gate)
    {
        Db = db;
        _transaction = transaction;
        _gate = gate;
    }

    public HallDeskDbContext Db { get; }

    /// <summary>A write that may touch more than one hall (catalog, settings, accounts, cases): one at a time in the whole database.</summary>
    public static Task<WriteScope> BeginAsync(IDbContextFactory<HallDeskDbContext> factory, WriteGate gate, CancellationToken ct) =>
        BeginAsync(factory, gate, hall: null, ct);

    /// <summary>
    /// A write that reads and changes only one hall's queue (its tickets, counters, numbering) and otherwise only
    /// appends (audit) or reads: on PostgreSQL it runs alongside other halls' writes.
    /// </summary>
    public static Task<WriteScope> BeginForHallAsync(IDbContextFactory<HallDeskDbContext> factory, WriteGate gate, string hall, CancellationToken ct) =>
        BeginAsync(factory, gate, hall, ct);

    /// <summary>
    /// A write that may touch more than one hall, on a context made elsewhere: ASP.NET Identity's scoped context, so that
    /// <c>UserManager</c>'s store writes inside this transaction. The scope disposes the context as it does its own.
    /// </summary>
    public static Task<WriteScope> BeginOnAsync(HallDeskDbContext db, WriteGate gate, CancellationToken ct) =>
        BeginOnAsync(db, gate, hall: null, ct);

    private static async Task<WriteScope> BeginAsync(IDbContextFactory<HallDeskDbContext> factory, WriteGate gate, string? hall, CancellationToken ct) =>
        await BeginOnAsync(await factory.CreateDbContextAsync(ct), gate, hall, ct);

    private static async Task<WriteScope> BeginOnAsync(HallDeskDbContext db, WriteGate gate, string? hall, CancellationToken ct)
    {
        var gated = !db.Database.IsNpgsql();
        var waited = false;
        try
        {
            if (gated)
            {
                await gate.WaitAsync(ct);
                waited = true;
            }

            var transaction = await db.Database.BeginTransactionAsync(ct);
            if (!gated)
            {
                await PostgreSqlDatabase.LockAsync(db, hall, ct);
            }

            return new WriteScope(db, transaction, waited ? gate : null);
        }
        catch
        {
            await db.DisposeAsync();
            if (waited)
            {
                gate.Release();
            }

            throw;
        }
    }

    /// <summary>Adds an audit line to this write; it is chained to the log's last line when the write saves.</summary>
    public void Audit(DateTime at, Actor actor, string action, string subject, string details, string outcome = AuditOutcome.Ok) =>
        Db.AuditEntries.Add(AuditEntry.Create(at, actor.UserName, action, subject, details, actor.Address, outcome));

    /// <summary>Runs once this write has committed (and never if it rolls back): wakes a sender of what the write queued.</summary>
    public void AfterCommit(Action action) => (_afterCommit ??= []).Add(action);

    /// <summary>
    /// Work that several parts of a batch ask for and that is done once, after the batch's last part and before it
    /// commits, inside the transaction (the latest asking decides): a hall's batch of calls checks once which waiting
    /// tickets came near. A part that fails takes back what it asked for. See <see cref="RunBeforeCommitAsync"/>.
    /// </summary>
    public void OnceBeforeCommit(string key, Func<CancellationToken, Task> action) =>
        (_beforeCommit ??= []).Add((key, _part, action));

    /// <summary>
    /// Runs what the parts asked to be done once (<see cref="OnceBeforeCommit"/>), each as a part of its own: one that
    /// fails is rolled back alone and given to <paramref name="failed"/>; the parts' writes stand.
    /// </summary>
    public async Task RunBeforeCommitAsync(Action<string, Exception> failed, CancellationToken ct)
    {
        while (_beforeCommit is { Count: > 0 } asked)
        {
            _beforeCommit = null;
            var latest = new Dictionary<string, Func<CancellationToken, Task>>(StringComparer.Ordinal);
            foreach (var (key, _, action) in asked)
            {
                latest[key] = action;
            }

            foreach (var (key, action) in latest)
            {
                try
                {
                    await PartAsync(async () =>
                    {
                        await action(ct);
                        return true;
                    }, ct);
                }
                catch (Exception ex)
                {
                    failed(key, ex);
                }
            }
        }
    }

    /// <summary>
    /// Keeps a value that the next part may take up again with <see cref="Kept{T}"/> (a hall's waiting queue, as a call
    /// left it, for the call after it). Only the very next part sees it, and only when this part commits its share:
    /// whatever else a batch writes between two calls, the second reads afresh.
    /// </summary>
    public void Keep(string key, object value) => _kept = (key, value, _part);

    /// <summary>What the part just before this one kept under <paramref name="key"/>, if it did and it stood.</summary>
    public T? Kept<T>(string key)
        where T : class =>
        _kept is { } kept && kept.Part == _part - 1 && kept.Key == key ? kept.Value as T : null;

    /// <summary>
    /// One part of a group commit (several callers' writes in this one transaction): the part's changes are saved
    /// behind a savepoint. When the part throws, what it wrote is rolled back to that savepoint, the context forgets
    /// every entity it tracked (later parts read afresh), the part's after-commit actions are dropped, and the
    /// exception is rethrown; the parts before and after it stand. After a part, the context tracks nothing.
    /// </summary>
    public async Task<T> PartAsync<T>(Func<Task<T>> part, CancellationToken ct)
    {
        const string savepoint = "part";
        // The part's savepoint covers its saves; EF's own savepoint around each save would add two statements each.
        Db.Database.AutoSavepointsEnabled = false;
        _part++;
        await _transaction.CreateSavepointAsync(savepoint, ct);
        var actions = _afterCommit?.Count ?? 0;
        try
        {
            var result = await part();
            await Db.SaveChangesAsync(ct);
            await _transaction.ReleaseSavepointAsync(savepoint, ct);
            // Saved: the next part reads afresh, so no save of a long batch looks over every entity the batch has seen.
            Db.ChangeTracker.Clear();
            return result;
        }
        catch
        {
            await _transaction.RollbackToSavepointAsync(savepoint, CancellationToken.None);
            Db.ChangeTracker.Clear();
            Db.ForgetChainTail();
            _afterCommit?.RemoveRange(actions, _afterCommit.Count - actions);
            _beforeCommit?.RemoveAll(x => x.Part == _part);
            if (_kept?.Part == _part)
            {
                _kept = null;
            }

            throw;
        }
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        // A scope that is not a hall's batch runs them here; one that fails fails the write.
        await RunBeforeCommitAsync((_, ex) => ExceptionDispatchInfo.Throw(ex), ct);

        await Db.SaveChangesAsync(ct);
        await _transaction.CommitAsync(ct);
        ReleaseGate();
        if (_afterCommit is { } actions)
        {
            _afterCommit = null;
            foreach (var action in actions)
            {
                action();
            }
        }
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
            _gate?.Release();
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
