using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Documents;

/// <summary>A stored file as a page lists it: which material, the name shown, its link, whether an image.</summary>
public sealed record MaterialFileView(string MaterialKey, string MaterialName, string Name, string Link, string ContentType, long Size, DateTime AddedAt, int Round)
{
    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);

    public bool IsPdf => ContentType == "application/pdf";

    public static MaterialFileView Of(MaterialFile f) =>
        new(f.MaterialKey, f.MaterialName, f.DisplayName, MaterialFileEndpoints.Link(f.PublicId), f.ContentType, f.Size, f.AddedAt, f.Round);
}

/// <summary>The files of a case or of an online application, oldest first. The page has checked the need to know.</summary>
public sealed class MaterialFileQueries(IDbContextFactory<HallDeskDbContext> dbFactory)
{
    public async Task<IReadOnlyList<MaterialFileView>> OfCaseAsync(string caseNumber, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var files = await db.MaterialFiles.AsNoTracking().Where(f => f.CaseNumber == caseNumber).OrderBy(f => f.Id).ToListAsync(ct);
        return files.Select(MaterialFileView.Of).ToList();
    }

    public async Task<IReadOnlyList<MaterialFileView>> OfApplicationAsync(string applicationNumber, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var files = await db.MaterialFiles.AsNoTracking().Where(f => f.ApplicationNumber == applicationNumber).OrderBy(f => f.Id).ToListAsync(ct);
        return files.Select(MaterialFileView.Of).ToList();
    }
}
