using HallDesk.Data;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Database;

/// <summary>Every audit line stores the hash of the line before it; the chain stays one line long per place, also under load.</summary>
public sealed class AuditChainTests(HallDeskFactory factory) : IClassFixture<HallDeskFactory>
{
    [Fact]
    public async Task Lines_AreChainedInOrder_AndTheChainVerifies()
    {
        var audit = factory.Get<AuditWriter>();
        await audit.WriteAsync("tester", "test.one", "a", "", "10.0.0.1");
        await audit.WriteAsync("tester", "test.two", "b", "", "10.0.0.2", AuditOutcome.Denied);

        await using var db = await factory.DbAsync();
        var lines = await db.AuditEntries.Where(a => a.Sequence != null).OrderBy(a => a.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(1, lines.Count).Select(i => (long?)i), lines.Select(a => a.Sequence));
        Assert.Equal("", lines[0].PreviousHash);
        Assert.All(lines.Skip(1).Zip(lines), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
        Assert.All(lines, a => Assert.Equal(a.ComputeHash(), a.Hash));
        var two = lines.Single(a => a.Action == "test.two");
        Assert.Equal(("10.0.0.2", AuditOutcome.Denied), (two.Address, two.Outcome));
        var check = await AuditChain.VerifyAsync(factory.Get<IDbContextFactory<HallDeskDbContext>>());
        Assert.True(check.Intact, check.Reason);
        Assert.Equal(lines.Count, check.Checked);
        Assert.Equal(lines[^1].Hash, check.LastHash);
    }

    [Fact]
    public async Task ManyWritersAtOnce_LeaveOneUnbrokenChain()
    {
        var audit = factory.Get<AuditWriter>();

        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(() => audit.WriteAsync($"writer{i}", "test.parallel", $"{i}", "", null))));

        var check = await AuditChain.VerifyAsync(factory.Get<IDbContextFactory<HallDeskDbContext>>());
        Assert.True(check.Intact, check.Reason);
        await using var db = await factory.DbAsync();
        Assert.Equal(await db.AuditEntries.CountAsync(a => a.Sequence != null), check.Checked);
        Assert.Equal(30, await db.AuditEntries.CountAsync(a => a.Action == "test.parallel"));
    }
}
