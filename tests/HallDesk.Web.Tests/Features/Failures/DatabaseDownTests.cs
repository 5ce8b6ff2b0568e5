using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bunit;
using HallDesk.Web.Features.Kiosk;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Infrastructure;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Failures;

/// <summary>
/// The database goes away (here: the SQLite file's folder disappears, as when a disk or a mount fails): the kiosk
/// and the API say so in Chinese, confirm nothing, and numbering carries on without a gap when it is back.
/// </summary>
public sealed class DatabaseDownTests : ComponentTestContext, IClassFixture<SqliteHallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public DatabaseDownTests(SqliteHallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Fact]
    public async Task TicketWhileTheDatabaseIsDown_Answers503InChinese_AndNumberingResumesWithoutAGap()
    {
        var client = _factory.CreateClient();
        var first = await IssueAsync(client);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var firstNumber = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString();

        HttpResponseMessage down;
        using (new DatabaseOutage(_factory))
        {
            down = await IssueAsync(client);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Equal(StoreUnavailable.Message, (await down.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.True(down.Headers.RetryAfter is not null);
        var back = await IssueAsync(client);
        Assert.Equal(HttpStatusCode.Created, back.StatusCode);
        var next = (await back.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString();
        Assert.Equal(int.Parse(firstNumber![1..], System.Globalization.CultureInfo.InvariantCulture) + 1, int.Parse(next![1..], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task KioskWhileTheDatabaseIsDown_SaysSoAndShowsNoSlip()
    {
        var kiosk = Render<KioskPage>(p => p.Add(k => k.Hall, "AM"));
        await (await kiosk.WaitForElementAsync("[data-testid=kiosk-line-E]")).ClickAsync(new());
        int before;
        await using (var db = await _factory.DbAsync())
        {
            before = await db.Tickets.CountAsync();
        }

        using (new DatabaseOutage(_factory))
        {
            await kiosk.Find("[data-testid=take-ticket]").ClickAsync(new());
            await kiosk.WaitForAssertionAsync(() => Assert.Equal(StoreUnavailable.Message, kiosk.Find("[data-testid=kiosk-error]").TextContent.Trim()));
        }

        Assert.Empty(kiosk.FindAll("[data-testid=slip-number]"));
        await using var after = await _factory.DbAsync();
        Assert.Equal(before, await after.Tickets.CountAsync());
    }

    private static Task<HttpResponseMessage> IssueAsync(HttpClient client) =>
        client.PostAsJsonAsync("/api/v1/halls/AM/tickets", new { line = "D" });

    /// <summary>Moves the database's folder away (pooled connections closed first) and back on dispose.</summary>
    private sealed class DatabaseOutage : IDisposable
    {
        private readonly string _folder;
        private readonly string _away;

        public DatabaseOutage(HallDeskFactory factory)
        {
            _folder = Path.GetDirectoryName(factory.DatabasePath)!;
            _away = _folder + "-away";
            SqliteConnection.ClearAllPools();
            Directory.Move(_folder, _away);
        }

        public void Dispose()
        {
            SqliteConnection.ClearAllPools();
            Directory.Move(_away, _folder);
        }
    }
}
