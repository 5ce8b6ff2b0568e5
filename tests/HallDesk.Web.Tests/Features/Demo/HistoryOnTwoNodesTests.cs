using HallDesk.Web.Infrastructure;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HallDesk.Web.Tests.Features.Demo;

/// <summary>
/// Two nodes sharing one PostgreSQL database start at once with Demo:History on: one writes the history, the other waits
/// for it and finds it written — the days are not lived twice.
/// </summary>
[Trait("Database", "PostgreSql")]
public sealed class HistoryOnTwoNodesTests
{
    private const int Days = 2;

    [Fact]
    public async Task TwoNodesStartingTogether_WriteTheHistoryOnce()
    {
        using var database = PostgresTestDatabase.Create();
        using var a = new Node(database.ConnectionString);
        using var b = new Node(database.ConnectionString);
        using var alone = new OneNode();

        await Task.WhenAll(Task.Run(() => _ = a.Server), Task.Run(() => _ = b.Server));
        _ = alone.Server;

        await using var shared = await a.DbAsync();
        await using var single = await alone.DbAsync();
        var tickets = await shared.Tickets.CountAsync();
        Assert.True(tickets > 0);
        Assert.Equal(await single.Tickets.CountAsync(), tickets);
        Assert.Equal(await single.Cases.CountAsync(), await shared.Cases.CountAsync());
    }

    private sealed class Node(string connectionString) : HallDeskFactory
    {
        protected override bool History => true;

        protected override void UseDatabase(IWebHostBuilder builder)
        {
            builder.UseSetting("Database:Provider", "PostgreSql");
            builder.UseSetting("ConnectionStrings:HallDesk", connectionString);
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Demo:HistoryDays", Days.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new HistoryClock(Clock)));
        }
    }

    /// <summary>The same history written by one node alone, on SQLite: what the two nodes must have written between them.</summary>
    private sealed class OneNode : HallDeskFactory
    {
        protected override bool History => true;

        protected override bool OnPostgreSql => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Demo:HistoryDays", Days.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new HistoryClock(Clock)));
        }
    }
}
