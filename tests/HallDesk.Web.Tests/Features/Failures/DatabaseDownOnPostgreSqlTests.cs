using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HallDesk.Web.Infrastructure;
using HallDesk.Web.Tests.Infrastructure;
using Npgsql;

namespace HallDesk.Web.Tests.Features.Failures;

/// <summary>
/// PostgreSQL refuses the app (its database closed to connections and the app's sessions ended, as when the
/// server goes down): the API says so in Chinese with 503, stores nothing, and numbering resumes without a gap.
/// </summary>
[Trait("Database", "PostgreSql")]
public sealed class DatabaseDownOnPostgreSqlTests(PostgresHallDeskFactory factory) : IClassFixture<PostgresHallDeskFactory>
{
    [Fact]
    public async Task TicketWhilePostgreSqlRefusesTheApp_Answers503InChinese_AndNumberingResumesWithoutAGap()
    {
        var client = factory.CreateClient();
        var first = await client.PostAsJsonAsync("/api/v1/halls/AM/tickets", new { line = "D" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var firstNumber = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString()!;

        HttpResponseMessage down;
        Outage(allow: false);
        try
        {
            down = await client.PostAsJsonAsync("/api/v1/halls/AM/tickets", new { line = "D" });
        }
        finally
        {
            Outage(allow: true);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Equal(StoreUnavailable.Message, (await down.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        var back = await client.PostAsJsonAsync("/api/v1/halls/AM/tickets", new { line = "D" });
        Assert.Equal(HttpStatusCode.Created, back.StatusCode);
        var next = (await back.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString()!;
        Assert.Equal(int.Parse(firstNumber[1..], System.Globalization.CultureInfo.InvariantCulture) + 1, int.Parse(next[1..], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Closes (or reopens) the factory's database to connections and ends the sessions the app holds.</summary>
    private void Outage(bool allow)
    {
        var name = factory.PostgresDatabaseName ?? throw new InvalidOperationException("The factory is not on PostgreSQL.");
        using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresTestDatabase.Server) { Database = "postgres", Pooling = false }.ConnectionString);
        admin.Open();
        using (var alter = new NpgsqlCommand($"ALTER DATABASE \"{name}\" ALLOW_CONNECTIONS {(allow ? "true" : "false")}", admin))
        {
            alter.ExecuteNonQuery();
        }

        if (!allow)
        {
            using var end = new NpgsqlCommand("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @name AND pid <> pg_backend_pid()", admin);
            end.Parameters.AddWithValue("name", name);
            end.ExecuteNonQuery();
        }

        NpgsqlConnection.ClearAllPools();
    }
}
