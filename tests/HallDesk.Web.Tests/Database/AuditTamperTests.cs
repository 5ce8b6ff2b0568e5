using HallDesk.Data;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Database;

/// <summary>
/// Whoever drops the append-only triggers and edits or deletes a line still cannot hide it: the hash chain breaks at that
/// line. Each test tampers with a database of its own.
/// </summary>
public sealed class AuditTamperTests
{
    [Fact]
    public async Task ALineChangedBehindTheTriggersBack_BreaksTheChainAtThatLine()
    {
        using var factory = new HallDeskFactory();
        var target = await WriteThreeAsync(factory);
        await using var db = await factory.DbAsync();
        await DropTriggersAsync(db);

        await db.AuditEntries.Where(a => a.Id == target.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Details, "改过了"));

        var check = await AuditChain.VerifyAsync(factory.Get<IDbContextFactory<HallDeskDbContext>>());
        Assert.False(check.Intact);
        Assert.Equal(target.Id, check.BrokenAtId);
        Assert.Contains("本条被改动", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALineDeletedWithItsHashRewrittenIntoTheNext_StillBreaksTheChain()
    {
        using var factory = new HallDeskFactory();
        var target = await WriteThreeAsync(factory);
        await using var db = await factory.DbAsync();
        await DropTriggersAsync(db);

        await db.AuditEntries.Where(a => a.Id == target.Id).ExecuteDeleteAsync();
        // Even the next line's link repaired by hand: its own hash no longer matches, or the sequence has a hole.
        await db.AuditEntries.Where(a => a.Sequence == target.Sequence + 1).ExecuteUpdateAsync(s => s.SetProperty(a => a.PreviousHash, target.PreviousHash));

        var check = await AuditChain.VerifyAsync(factory.Get<IDbContextFactory<HallDeskDbContext>>());
        Assert.False(check.Intact);
        Assert.Equal(target.Sequence + 1, check.BrokenAtSequence);
    }

    private static async Task<AuditEntry> WriteThreeAsync(HallDeskFactory factory)
    {
        var audit = factory.Get<AuditWriter>();
        await audit.WriteAsync("tester", "test.before", "x", "", null);
        await audit.WriteAsync("tester", "test.target", "x", "原样", null);
        await audit.WriteAsync("tester", "test.after", "x", "", null);
        Assert.True((await AuditChain.VerifyAsync(factory.Get<IDbContextFactory<HallDeskDbContext>>())).Intact);
        await using var db = await factory.DbAsync();
        return await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "test.target");
    }

    private static Task<int> DropTriggersAsync(HallDeskDbContext db) => db.Database.IsNpgsql()
        ? db.Database.ExecuteSqlRawAsync("DROP TRIGGER \"AuditEntries_NoUpdateOrDelete\" ON \"AuditEntries\";")
        : db.Database.ExecuteSqlRawAsync("DROP TRIGGER AuditEntries_NoUpdate; DROP TRIGGER AuditEntries_NoDelete;");
}
