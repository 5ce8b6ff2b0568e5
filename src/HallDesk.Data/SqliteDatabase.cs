using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Data;

/// <summary>The embedded provider: a file next to the app, WAL, one writer at a time (see <see cref="WriteScope"/>).</summary>
public static class SqliteDatabase
{
    public const string DefaultConnectionString = "Data Source=halldesk.db";

    /// <summary>The SQLite migrations project (it references this one; the web app references both).</summary>
    public const string MigrationsAssembly = "HallDesk.Migrations.Sqlite";

    public static void Add(WebApplicationBuilder builder)
    {
        var connection = new SqliteConnectionStringBuilder(
            builder.Configuration.GetConnectionString("HallDesk") is { Length: > 0 } configured ? configured : DefaultConnectionString);
        if (!Path.IsPathRooted(connection.DataSource) && connection.DataSource != ":memory:")
        {
            // A relative file lives next to the app's content, whatever the working directory.
            connection.DataSource = Path.Combine(builder.Environment.ContentRootPath, connection.DataSource);
        }

        builder.Services.AddSingleton<SqlitePragmas>();
        builder.Services.AddDbContextFactory<HallDeskDbContext>((sp, options) => options
            .UseSqlite(connection.ToString(), sqlite => sqlite.MigrationsAssembly(MigrationsAssembly))
            .AddInterceptors(sp.GetRequiredService<SqlitePragmas>()));
    }
}
