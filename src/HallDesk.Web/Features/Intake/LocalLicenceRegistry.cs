using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Intake;

/// <summary>The registry over the ElectronicLicences table; expired licences do not count.</summary>
public sealed class LocalLicenceRegistry(IDbContextFactory<HallDeskDbContext> dbFactory) : ILicenceRegistry
{
    public async Task<IReadOnlyList<LicenceRecord>> FindAsync(string holderId, DateOnly today, CancellationToken ct = default)
    {
        var id = holderId.Trim().ToUpperInvariant();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.ElectronicLicences.AsNoTracking().Where(l => l.HolderId == id).ToListAsync(ct);
        return rows.Where(l => l.ValidUntil is null || l.ValidUntil >= today)
            .Select(l => new LicenceRecord(l.Type, l.Number, l.Issuer, l.ValidUntil))
            .ToList();
    }
}
