using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Web.Features.Intake;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Online;

/// <summary>网上预审 → 受理: the case is created by the window's own intake, with the uploaded materials handed in, and takes the files.</summary>
public sealed class AcceptOnlineApplication(IDbContextFactory<HallDeskDbContext> dbFactory, TakeInApplication intake)
{
    public async Task<TakeInApplication.Result> HandleAsync(string number, Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var application = await db.OnlineApplications.AsNoTracking().SingleOrDefaultAsync(a => a.Number == number, ct)
            ?? throw new DomainException("Online.NotFound");
        var handedIn = await db.MaterialFiles.AsNoTracking().Where(f => f.ApplicationNumber == number).Select(f => f.MaterialKey).Distinct().ToListAsync(ct);
        return await intake.HandleAsync(
            new TakeInApplication.Command(application.Applicant, application.SubjectCode, handedIn, IntakeDecision.Accept, OnlineNumber: number), actor, ct);
    }
}
