namespace HallDesk.Data;

/// <summary>The database behind HallDesk, chosen by <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    /// <summary>One file next to the app (the embedded default): one node.</summary>
    Sqlite,

    /// <summary>A shared server: several app nodes.</summary>
    PostgreSql,
}

public static class DatabaseProviders
{
    /// <summary>Reads <c>Database:Provider</c> (case-insensitive; empty means Sqlite) and refuses anything else at startup.</summary>
    public static DatabaseProvider FromConfiguration(IConfiguration configuration)
    {
        var value = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }

        return value.Trim().ToUpperInvariant() switch
        {
            "SQLITE" => DatabaseProvider.Sqlite,
            "POSTGRESQL" => DatabaseProvider.PostgreSql,
            _ => throw new InvalidOperationException(
                $"Database:Provider is '{value}', which HallDesk does not know: use 'Sqlite' (one node, the default) or 'PostgreSql' (several nodes)."),
        };
    }
}
