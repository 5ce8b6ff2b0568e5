using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Documents;

/// <summary>A document as lists show it (<see cref="PublicId"/> in its links); the bytes are fetched only to open or print it.</summary>
public sealed record DocumentRef(long Id, string PublicId, DocumentKind Kind, string Title, string Number, DateTime CreatedAt, int PageCount, string Sha256)
{
    public static DocumentRef Of(IssuedDocument d) => new(d.Id, d.PublicId, d.Kind, d.Title, d.Number, d.CreatedAt, d.PageCount, d.Sha256);
}

public sealed class DocumentQueries(IDbContextFactory<HallDeskDbContext> dbFactory)
{
    public async Task<IReadOnlyList<DocumentRef>> ForCaseAsync(string caseNumber, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.IssuedDocuments.AsNoTracking()
            .Where(d => d.CaseNumber == caseNumber)
            .OrderBy(d => d.Id)
            .Select(d => new DocumentRef(d.Id, d.PublicId, d.Kind, d.Title, d.Number, d.CreatedAt, d.PageCount, d.Sha256))
            .ToListAsync(ct);
    }
}
