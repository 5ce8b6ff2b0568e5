using Microsoft.Data.Sqlite;

namespace HallDesk.Web.Tests.Infrastructure;

/// <summary>SQLite's plan for a captured command (<c>EXPLAIN QUERY PLAN</c>, its detail column), read from the database file.</summary>
internal static class QueryPlan
{
    public static async Task<IReadOnlyList<string>> OfAsync(string databasePath, CapturedCommand command)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + command.Text;
        foreach (var (name, value) in command.Parameters)
        {
            explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var steps = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(3));
        }

        return steps;
    }
}
