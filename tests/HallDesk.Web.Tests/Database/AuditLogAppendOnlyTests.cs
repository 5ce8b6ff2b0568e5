using System.Data.Common;
using HallDesk.Data;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Database;

/// <summary>The audit log refuses changes in the database itself (a trigger per provider), not only in code.</summary>
public class AuditLogAppendOnlyTests(HallDeskFactory factory) : IClassFixture<HallDeskFactory>
{
    [Fact]
    public async Task Update_AnyAuditEntry_IsRefusedByTheDatabase()
    {
        await factory.Get<AuditWriter>().WriteAsync("tester", "test.write", "subject", "before", "127.0.0.1");
        await using var db = await factory.DbAsync();

        var error = await Assert.ThrowsAnyAsync<DbException>(() =>
            db.AuditEntries.Where(a => a.Action == "test.write").ExecuteUpdateAsync(s => s.SetProperty(a => a.Details, "after")));

        Assert.Contains("append-only", error.Message);
        Assert.Equal("before", (await db.AuditEntries.SingleAsync(a => a.Action == "test.write")).Details);
    }

    [Fact]
    public async Task Delete_AnyAuditEntry_IsRefusedByTheDatabase()
    {
        await factory.Get<AuditWriter>().WriteAsync("tester", "test.keep", "subject", "", "127.0.0.1");
        await using var db = await factory.DbAsync();

        var error = await Assert.ThrowsAnyAsync<DbException>(() => db.AuditEntries.ExecuteDeleteAsync());

        Assert.Contains("append-only", error.Message);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "test.keep"));
    }
}
