namespace HallDesk.Data;

public static class DataServices
{
    public static WebApplicationBuilder AddHallDeskData(this WebApplicationBuilder builder)
    {
        switch (DatabaseProviders.FromConfiguration(builder.Configuration))
        {
            case DatabaseProvider.PostgreSql:
                PostgreSqlDatabase.Add(builder);
                break;
            default:
                SqliteDatabase.Add(builder);
                break;
        }

        builder.Services.AddSingleton(new FileStore(StoragePath(builder)));
        builder.Services.AddSingleton<WriteGate>();
        builder.Services.AddSingleton<AuditWriter>();
        builder.Services.AddSingleton<SecretLimit>();
        builder.Services.AddSingleton<NeedToKnow>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHealthChecks().AddDbContextCheck<HallDeskDbContext>("database");
        return builder;
    }

    /// <summary>
    /// <c>Storage:Path</c> (relative to the content root), or by default a folder <c>files</c> beside the SQLite file
    /// (beside the app on PostgreSQL, where several nodes must point it at shared storage).
    /// </summary>
    private static string StoragePath(WebApplicationBuilder builder)
    {
        if (builder.Configuration["Storage:Path"] is { Length: > 0 } configured)
        {
            return Path.Combine(builder.Environment.ContentRootPath, configured);
        }

        if (DatabaseProviders.FromConfiguration(builder.Configuration) == DatabaseProvider.Sqlite)
        {
            var connection = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(
                builder.Configuration.GetConnectionString("HallDesk") is { Length: > 0 } c ? c : SqliteDatabase.DefaultConnectionString);
            if (connection.DataSource is { Length: > 0 } file && file != ":memory:")
            {
                return Path.Combine(Path.GetDirectoryName(Path.Combine(builder.Environment.ContentRootPath, file))!, "files");
            }
        }

        return Path.Combine(builder.Environment.ContentRootPath, "files");
    }
}
