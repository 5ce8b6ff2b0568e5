using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Data;

public static class DataServices
{
    public static WebApplicationBuilder AddHallDeskData(this WebApplicationBuilder builder)
    {
        var provider = builder.Configuration["Database:Provider"] ?? "Sqlite";
        if (!provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Database:Provider '{provider}' is not supported yet; use Sqlite.");
        }

        var connection = new SqliteConnectionStringBuilder(
            builder.Configuration.GetConnectionString("HallDesk") ?? "Data Source=halldesk.db");
        if (!Path.IsPathRooted(connection.DataSource) && connection.DataSource != ":memory:")
        {
            // A relative file lives next to the app's content, whatever the working directory.
            connection.DataSource = Path.Combine(builder.Environment.ContentRootPath, connection.DataSource);
        }

        builder.Services.AddSingleton<SqlitePragmas>();
        builder.Services.AddDbContextFactory<HallDeskDbContext>((sp, options) => options
            .UseSqlite(connection.ToString())
            .AddInterceptors(sp.GetRequiredService<SqlitePragmas>()));
        builder.Services.AddSingleton<WriteGate>();
        builder.Services.AddSingleton<AuditWriter>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHealthChecks().AddDbContextCheck<HallDeskDbContext>("database");
        return builder;
    }
}
