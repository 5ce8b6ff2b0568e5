using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Domain.Online;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Online;

/// <summary>A clerk's write on an online application of their own hall: the application, the clerk's name, the open write.</summary>
internal static class OnlineDesk
{
    public static async Task<(OnlineApplication Application, string Clerk, WriteScope Write)> OpenAsync(IDbContextFactory<HallDeskDbContext> dbFactory,
        WriteGate gate, string number, Actor actor, CancellationToken ct)
    {
        string hallCode;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            hallCode = await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.HallCode).SingleOrDefaultAsync(ct) ?? "";
        }

        var write = await WriteScope.BeginForHallAsync(dbFactory, gate, hallCode, ct);
        try
        {
            var clerk = await write.Db.Users.Where(u => u.Id == actor.UserId).Select(u => u.DisplayName).SingleAsync(ct);
            // Another hall's application is as good as none to this clerk.
            var application = await write.Db.OnlineApplications.SingleOrDefaultAsync(a => a.Number == number && a.HallCode == hallCode, ct)
                ?? throw new DomainException("Online.NotFound");
            return (application, clerk, write);
        }
        catch
        {
            await write.DisposeAsync();
            throw;
        }
    }
}
