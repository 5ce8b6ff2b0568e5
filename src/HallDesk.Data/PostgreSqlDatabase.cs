using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace HallDesk.Data;

/// <summary>
/// The scale-out provider: one PostgreSQL database shared by every app node. Its migrations live in
/// their own assembly (<see cref="MigrationsAssembly"/>), its writes are ordered by advisory locks
/// instead of the in-process <see cref="WriteGate"/>, and its timestamps are stored as SQLite stores them.
/// </summary>
public static class PostgreSqlDatabase
{
    /// <summary>The PostgreSQL migrations project (it references this one; the web app references both).</summary>
    public const string MigrationsAssembly = "HallDesk.Migrations.PostgreSql";

    // Advisory lock keys (two int4 each): (Space, 0) is the whole database, (Space + 1, hash) one hall,
    // (Space + 2, 0) startup, (Space + 3, 0) the audit chain.
    private const int Space = 0x4844; // "HD"

    public static void Add(WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("HallDesk");
        if (string.IsNullOrWhiteSpace(connectionString) || connectionString.Contains("Data Source=", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                "Database:Provider is PostgreSql but ConnectionStrings:HallDesk is not a PostgreSQL connection string: " +
                "set it, e.g. \"Host=127.0.0.1;Port=5432;Database=halldesk;Username=halldesk;Password=...\".");
        }

        builder.Services.AddDbContextFactory<HallDeskDbContext>(options => Configure(options, connectionString));
    }

    /// <summary>The options every PostgreSQL context uses, at run time and at design time (dotnet ef).</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(MigrationsAssembly))
            .ReplaceService<IModelCustomizer, PostgreSqlModelCustomizer>();

    /// <summary>
    /// Orders this write against every other write on every node, inside the scope's transaction (released
    /// at commit or rollback). A hall's writes take the hall's lock and share the database lock, so halls
    /// run side by side; a write without a hall takes the database lock alone, as SQLite's single writer does.
    /// </summary>
    internal static Task LockAsync(HallDeskDbContext db, string? hall, CancellationToken ct)
    {
        // A write blocked longer than this fails clearly (55P03) instead of hanging a kiosk; SQLite's busy_timeout is 10 s.
        const string timeout = "SET LOCAL lock_timeout = '15s'; ";
        var sql = hall is null
            ? string.Create(CultureInfo.InvariantCulture, $"{timeout}SELECT pg_advisory_xact_lock({Space}, 0);")
            : string.Create(CultureInfo.InvariantCulture,
                $"{timeout}SELECT pg_advisory_xact_lock_shared({Space}, 0); SELECT pg_advisory_xact_lock({Space + 1}, {HallKey(hall)});");
        return db.Database.ExecuteSqlRawAsync(sql, ct);
    }

    /// <summary>The audit chain's own lock (to commit): halls write side by side, their audit lines still form one chain.</summary>
    internal static Task LockAuditChainAsync(HallDeskDbContext db, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync(string.Create(CultureInfo.InvariantCulture, $"SELECT pg_advisory_xact_lock({Space + 3}, 0);"), ct);

    /// <summary>
    /// Creates the database when it is missing (empty: the migrations fill it), then takes the session lock that lets
    /// one node at a time migrate and seed; it is held on the context's connection until <see cref="EndStartupAsync"/>.
    /// </summary>
    internal static async Task BeginStartupAsync(HallDeskDbContext db)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync())
        {
            try
            {
                await creator.CreateAsync();
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // Another node created it first.
            }
        }

        await db.Database.OpenConnectionAsync();
        await WaitForStartupLockAsync(db, CancellationToken.None);
    }

    /// <summary>
    /// Waits for the startup lock as long as the node holding it takes (its migrations, seed or demo history can outlast
    /// the 30 s command timeout on a busy machine, and the waiting node then failed to start), unless cancelled.
    /// </summary>
    private static async Task WaitForStartupLockAsync(HallDeskDbContext db, CancellationToken ct)
    {
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(0);
        try
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({Space + 2}, 0)", ct);
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
    }

    internal static Task EndStartupAsync(HallDeskDbContext db) =>
        db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({Space + 2}, 0)");

    /// <summary>
    /// The startup lock again, for startup work after the seed that one node only may do (the demo history): held on the
    /// context's connection, which stays open, until <see cref="EndStartupAsync"/>. Another node waits, then finds it done.
    /// </summary>
    public static async Task LockStartupAsync(HallDeskDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        await WaitForStartupLockAsync(db, ct);
    }

    /// <summary>Releases <see cref="LockStartupAsync"/>.</summary>
    public static Task UnlockStartupAsync(HallDeskDbContext db) => EndStartupAsync(db);

    /// <summary>A stable key for a hall code (FNV-1a): the same on every node and every run, unlike string.GetHashCode.</summary>
    internal static int HallKey(string hall)
    {
        var hash = 2166136261u;
        foreach (var c in hall)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return unchecked((int)hash);
    }
}
