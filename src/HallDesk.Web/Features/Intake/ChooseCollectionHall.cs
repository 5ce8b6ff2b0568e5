using HallDesk.Domain;
using HallDesk.Data;
using HallDesk.Web.Features.Review;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Intake;

/// <summary>全区通办: the citizen asks to collect the result at another hall; any window of any hall can record it.</summary>
public sealed class ChooseCollectionHall(CaseDesk desk, IDbContextFactory<HallDeskDbContext> dbFactory)
{
    public async Task HandleAsync(Actor actor, string caseNumber, string hallCode, CancellationToken ct = default)
    {
        string name;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            name = await db.Halls.Where(h => h.Code == hallCode).Select(h => h.Name).SingleOrDefaultAsync(ct)
                ?? throw new DomainException("Hall.NotFound", hallCode);
        }

        await desk.RunAsync(actor, caseNumber, "case.collection-hall", c => c.Case.ChooseCollectionHall(hallCode, name, c.Staff.DisplayName, c.Now), ct);
    }
}
