using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HallDesk.Data;

/// <summary>
/// Per-connection SQLite settings: wait for a lock instead of failing, enforce foreign keys, and
/// sync every commit (synchronous=FULL) so that a ticket the kiosk confirmed survives a power cut.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Sql = "PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
