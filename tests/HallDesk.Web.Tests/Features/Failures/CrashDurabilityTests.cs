using HallDesk.Testing;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace HallDesk.Web.Tests.Features.Failures;

/// <summary>kill -9 of the app while kiosks issue tickets: every ticket a kiosk was told about exists after the restart.</summary>
public sealed class CrashDurabilityTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "halldesk-crash", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task KillDashNineWhileIssuing_EveryConfirmedTicketExistsAfterRestart()
    {
        Directory.CreateDirectory(_folder);
        var database = Path.Combine(_folder, "halldesk.db");
        var settings = new Dictionary<string, string> { ["Demo__Password"] = HallDeskFactory.Password, ["Demo__History"] = "false", ["ConnectionStrings__HallDesk"] = $"Data Source={database}" };
        var confirmed = new ConcurrentBag<string>();
        int port;

        await using (var app = new AppProcess(settings))
        {
            port = app.Port;
            await app.StartAsync();
            using var client = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
            using var stop = new CancellationTokenSource();
            var kiosks = Enumerable.Range(0, 8).Select(k => IssueUntilStoppedAsync(client, "ABCDE"[k % 5].ToString(), confirmed, stop.Token)).ToList();

            while (confirmed.Count < 200)
            {
                await Task.Delay(20);
            }

            await app.KillAsync();
            await stop.CancelAsync();
            await Task.WhenAll(kiosks);
        }

        Assert.True(confirmed.Count >= 200);
        await using var restarted = new AppProcess(settings, port);
        await restarted.StartAsync();
        var stored = StoredNumbers(database);
        Assert.All(confirmed, n => Assert.Contains(n, stored));

        using var after = new HttpClient { BaseAddress = restarted.BaseAddress };
        var next = await after.PostAsJsonAsync("api/v1/halls/AM/tickets", new { line = "A" });
        Assert.Equal(HttpStatusCode.Created, next.StatusCode);
        Assert.DoesNotContain((await next.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString(), confirmed);
    }

    /// <summary>A kiosk: takes tickets one after another and remembers each number it was given (201).</summary>
    private static async Task IssueUntilStoppedAsync(HttpClient client, string line, ConcurrentBag<string> confirmed, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var response = await client.PostAsJsonAsync("api/v1/halls/AM/tickets", new { line }, stop);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    confirmed.Add((await response.Content.ReadFromJsonAsync<JsonElement>(stop)).GetProperty("number").GetString()!);
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or OperationCanceledException or IOException or JsonException)
            {
                // The app died under this request: the kiosk was told nothing, so nothing is owed.
                return;
            }
        }
    }

    private static HashSet<string> StoredNumbers(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Number FROM Tickets WHERE HallCode = 'AM'";
        using var reader = command.ExecuteReader();
        var numbers = new HashSet<string>();
        while (reader.Read())
        {
            numbers.Add(reader.GetString(0));
        }

        return numbers;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
