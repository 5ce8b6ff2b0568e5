using Npgsql;

namespace HallDesk.Web.Tests.Infrastructure;

/// <summary>
/// A fresh PostgreSQL database (halldesk_test_&lt;guid&gt;) on the server named by HALLDESK_TEST_POSTGRES, dropped on
/// dispose. Without the variable it fails, never skips: start the server with .ci/services.sh, or leave these tests
/// out locally with <c>dotnet test --filter "Database!=PostgreSql"</c>.
/// </summary>
public sealed class PostgresTestDatabase : IDisposable
{
    public const string Variable = "HALLDESK_TEST_POSTGRES";

    private readonly string _server;

    private PostgresTestDatabase(string server, string name)
    {
        _server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>The server's connection string, or a failure that says how to get one.</summary>
    public static string Server => TestServices.Require(Variable, "the PostgreSQL tests");

    public static PostgresTestDatabase Create()
    {
        var database = new PostgresTestDatabase(Server, "halldesk_test_" + Guid.NewGuid().ToString("N"));
        database.Execute($"CREATE DATABASE \"{database.Name}\"");
        return database;
    }

    public void Dispose()
    {
        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        // FORCE: the app's pool may still hold connections to it.
        Execute($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
