using System.Diagnostics;
using HallDesk.Data;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Database;

/// <summary>
/// A node that starts while another holds the startup lock (writing the demo history, which takes longer than a command
/// timeout on a busy machine) waits for it instead of failing its start with a timeout.
/// </summary>
[Trait("Database", "PostgreSql")]
public sealed class StartupLockTests
{
    [Fact]
    public async Task SecondNode_WaitsForTheStartupLockLongerThanItsCommandTimeout()
    {
        using var database = PostgresTestDatabase.Create();
        await using var first = Context(database.ConnectionString);
        await first.Database.EnsureCreatedAsync();
        await PostgreSqlDatabase.LockStartupAsync(first, CancellationToken.None);
        await using var second = Context(database.ConnectionString);
        second.Database.SetCommandTimeout(1);

        var watch = Stopwatch.StartNew();
        var waiting = PostgreSqlDatabase.LockStartupAsync(second, CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.False(waiting.IsCompleted, "the second node took a lock the first still holds");
        await PostgreSqlDatabase.UnlockStartupAsync(first);

        await waiting;
        Assert.True(watch.Elapsed > TimeSpan.FromSeconds(2), "the second node waited past its 1 s command timeout");
        Assert.Equal(1, second.Database.GetCommandTimeout());
        await PostgreSqlDatabase.UnlockStartupAsync(second);
    }

    private static HallDeskDbContext Context(string connectionString) =>
        new((DbContextOptions<HallDeskDbContext>)PostgreSqlDatabase.Configure(new DbContextOptionsBuilder<HallDeskDbContext>(), connectionString).Options);
}
