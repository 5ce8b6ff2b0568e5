using Npgsql;

namespace HallDesk.Benchmarks;

/// <summary>
/// A fresh PostgreSQL database for one phase (created by the app's first start, dropped here afterwards), and the
/// Redis backplane with a channel prefix of its own, so that the nodes of a phase hear each other and nobody else.
/// </summary>
public sealed class BenchStore : IDisposable
{
    private readonly string _server;

    public BenchStore(string server, string? redis)
    {
        _server = server;
        var id = Guid.NewGuid().ToString("N");
        Name = "halldesk_bench_" + id;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = Name, MaxPoolSize = 200 }.ConnectionString;
        Redis = redis is null ? null : $"{redis},channelPrefix=HallDeskBench{id}";
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public string? Redis { get; }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }
}
