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
    /// <summary>
    /// Each connection's page cache, in KiB (SQLite's default is 2 MB). A worked day's tickets, their indexes and the
    /// audit trail outgrow 2 MB after about 5,500 tickets of a hall; from then on every read fetched its pages from the
    /// file again and an action's kernel time rose from 0.8 to 2.2 ms (the whole-day benchmark). A cache fills only as
    /// pages are read: the benchmark's busiest day grows the process by about 50 MB.
    /// </summary>
    public const int PageCacheKib = 32 * 1024;

    private static readonly string Common = string.Create(
        System.Globalization.CultureInfo.InvariantCulture, $"PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON; PRAGMA cache_size=-{PageCacheKib}; ");

    private static readonly string Full = Common + "PRAGMA synchronous=FULL;";
    private static readonly string Normal = Common + "PRAGMA synchronous=NORMAL;";

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
