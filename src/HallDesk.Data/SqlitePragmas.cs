using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HallDesk.Data;

/// <summary>
/// Per-connection SQLite settings: wait for a lock instead of failing, enforce foreign keys, and
/// sync every commit (synchronous=FULL) so that a ticket the kiosk confirmed survives a power cut.
/// While <see cref="RelaxSync"/> is held (the demo history writes days that nobody was promised), connections open with
/// synchronous=NORMAL: in WAL mode the file stays consistent and only the last commits before a power cut could be
/// lost; the first FULL commit after it, or a checkpoint, syncs all of them.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Common = "PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON; ";
    private const string Full = Common + "PRAGMA synchronous=FULL;";
    private const string Normal = Common + "PRAGMA synchronous=NORMAL;";

    private int _relaxed;

    /// <summary>Whether connections opened now skip the fsync of each commit.</summary>
    public bool Relaxed => Volatile.Read(ref _relaxed) > 0;

    /// <summary>Connections opened until the result is disposed sync at checkpoints only (synchronous=NORMAL).</summary>
    public IDisposable RelaxSync()
    {
        Interlocked.Increment(ref _relaxed);
        return new Release(this);
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Relaxed ? Normal : Full;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Relaxed ? Normal : Full;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private sealed class Release(SqlitePragmas pragmas) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                Interlocked.Decrement(ref pragmas._relaxed);
            }
        }
    }
}
