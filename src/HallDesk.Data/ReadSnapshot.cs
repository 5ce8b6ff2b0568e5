using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace HallDesk.Data;

/// <summary>
/// A read-only transaction in which several queries see one state of the database, without holding back a writer:
/// SQLite's deferred <c>BEGIN</c> (its snapshot is taken by the first read; WAL lets writers go on), PostgreSQL's
/// <c>REPEATABLE READ</c>. The report reads its groups and its waits in two statements that must agree.
/// </summary>
public static class ReadSnapshot
{
    public static async Task<IDbContextTransaction> BeginAsync(HallDeskDbContext db, CancellationToken ct = default)
    {
        if (!db.Database.IsSqlite())
        {
            return await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        }

        // EF begins SQLite transactions IMMEDIATE (a write lock); a reader needs the deferred kind.
        await db.Database.OpenConnectionAsync(ct);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        return await db.Database.UseTransactionAsync(connection.BeginTransaction(deferred: true), ct)
            ?? throw new InvalidOperationException("EF Core did not take the SQLite transaction.");
    }
}
