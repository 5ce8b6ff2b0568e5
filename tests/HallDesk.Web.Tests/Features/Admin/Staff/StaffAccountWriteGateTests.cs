using HallDesk.Data;
using HallDesk.Web.Features.Admin.Staff;
using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.Features.Admin.Staff;

/// <summary>
/// On SQLite a staff-account change queues behind the write gate like every other write: while another write holds
/// the gate, it writes nothing. Before, UserManager wrote the account at once and only the audit line waited.
/// </summary>
public sealed class StaffAccountWriteGateTests(SqliteHallDeskFactory factory) : IClassFixture<SqliteHallDeskFactory>
{
    [Fact]
    public async Task ResetPassword_WhileAnotherWriteHoldsTheGate_WaitsAndWritesNothing()
    {
        var admin = await factory.ActorAsync("admin");
        var gate = factory.Get<WriteGate>();
        using var cancel = new CancellationTokenSource();

        await gate.WaitAsync(CancellationToken.None);
        try
        {
            var reset = factory.Get<ResetStaffPassword>().HandleAsync("clerk2", "Welcome@2026", admin, cancel.Token);
            await cancel.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reset);
        }
        finally
        {
            gate.Release();
        }

        Assert.True(await StaffAccountWriteTests.PasswordWorksAsync(factory, "clerk2", HallDeskFactory.Password));
    }
}
