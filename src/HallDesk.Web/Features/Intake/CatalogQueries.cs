using HallDesk.Domain.Cases;
using HallDesk.Domain.Catalog;
using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Intake;

/// <summary>An item or bundle found by name, code or pinyin initials.</summary>
public sealed record CatalogHit(string Code, string Name, bool IsBundle, string Departments, int PromisedDays, bool ConcludesAtOnce, bool Commitment);

/// <summary>What the clerk picked: its items and the merged checklist of materials.</summary>
public sealed record CatalogSelection(string Code, string Name, bool IsBundle, IReadOnlyList<CaseItem> Items, IReadOnlyList<ChecklistLine> Checklist, string LegalBasis)
{
    public bool InStages => Items.Any(i => i.Stage > StagePlan.FirstStage);

    /// <summary>The case registers the company (企业开办): it is taken in before it has a credit code.</summary>
    public bool RegistersCompany => Case.RegistersCompany(Items);
}

/// <summary>The catalog as the intake sees it. The catalog is small (hundreds of rows) and read per search.</summary>
public sealed class CatalogQueries(IDbContextFactory<HallDeskDbContext> dbFactory)
{
    public const int MaxHits = 20;

    public async Task<IReadOnlyList<CatalogHit>> SearchAsync(string query, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.ShortName, ct);
        var items = await db.ServiceItems.AsNoTracking().ToListAsync(ct);
        var bundles = await db.Bundles.AsNoTracking().Where(b => !b.Retired).OrderBy(b => b.SortOrder).ThenBy(b => b.Code).ToListAsync(ct);
        var byCode = items.ToDictionary(i => i.Code);

        var bundleHits = bundles.Where(b => b.Matches(query)).Select(b =>
        {
            var parts = b.ItemCodes.Where(byCode.ContainsKey).Select(c => byCode[c]).ToList();
            return new CatalogHit(b.Code, b.Name, true,
                string.Join("、", parts.Select(p => departments.GetValueOrDefault(p.DepartmentCode, p.DepartmentCode)).Distinct()),
                b.PromisedDays ?? StagePlan.DaysTaken(parts.Select(p => (b.StageOf(p.Code), p.ConcludesAtOnce ? 0 : p.PromisedDays))),
                parts.All(p => p.ConcludesAtOnce) && b.StageCount == StagePlan.FirstStage, false);
        });
        var itemHits = items.Where(i => i.Matches(query)).Select(i => new CatalogHit(i.Code, i.Name, false,
            departments.GetValueOrDefault(i.DepartmentCode, i.DepartmentCode), i.PromisedDays, i.ConcludesAtOnce, i.Commitment));
        return bundleHits.Concat(itemHits).Take(MaxHits).ToList();
    }

    public async Task<CatalogSelection?> SelectAsync(string code, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Name, ct);
        var bundle = await db.Bundles.AsNoTracking().SingleOrDefaultAsync(b => b.Code == code && !b.Retired, ct);
        var codes = bundle?.ItemCodes ?? [code];
        var items = await db.ServiceItems.AsNoTracking().Where(i => codes.Contains(i.Code)).ToListAsync(ct);
        if (items.Count == 0)
        {
            return null;
        }

        var ordered = codes.Select(c => items.SingleOrDefault(i => i.Code == c)).OfType<ServiceItem>().ToList();
        var caseItems = ordered.Select(i => new CaseItem(i.Code, i.Name, i.DepartmentCode,
            departments.GetValueOrDefault(i.DepartmentCode, i.DepartmentCode), i.PromisedDays, i.ConcludesAtOnce, i.Commitment,
            bundle?.StageOf(i.Code) ?? StagePlan.FirstStage, i.Yields, SpecialProcedureDays: i.SpecialProcedureDays, TwoStepSignOff: i.TwoStepSignOff)).ToList();
        return new CatalogSelection(
            bundle?.Code ?? ordered[0].Code,
            bundle?.Name ?? ordered[0].Name,
            bundle is not null,
            caseItems,
            MaterialChecklist.Merge(ordered),
            string.Join("；", ordered.Select(i => i.LegalBasis).Where(b => b.Length > 0).Distinct()));
    }
}
