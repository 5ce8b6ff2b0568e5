using HallDesk.Data;
using HallDesk.Domain.Catalog;
using HallDesk.Domain.Queue;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Guide;

/// <summary>
/// The public catalog kept in memory: read from the database once, answered from memory after that, read again after
/// the district saves the catalog (<see cref="Invalidate"/>, called by the catalog's use cases) or after
/// <see cref="MaxAge"/>, which bounds how stale another node's copy can be when the save happened there.
/// </summary>
public sealed class PublicCatalog(IDbContextFactory<HallDeskDbContext> dbFactory, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly Lock _lock = new();
    private Task<CatalogSnapshot>? _current;
    private DateTimeOffset _readAt;

    public Task<CatalogSnapshot> GetAsync()
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (_current is null || _current.IsFaulted || _current.IsCanceled || now - _readAt > MaxAge)
            {
                // Not the caller's token: a reader that gives up must not leave the next reader a cancelled copy.
                _current = ReadAsync();
                _readAt = now;
            }

            return _current;
        }
    }

    /// <summary>The catalog changed: the next reader reads it again.</summary>
    public void Invalidate()
    {
        lock (_lock)
        {
            _current = null;
        }
    }

    private async Task<CatalogSnapshot> ReadAsync()
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Code);
        var items = await db.ServiceItems.AsNoTracking().OrderBy(i => i.DepartmentCode).ThenBy(i => i.Code).ToListAsync();
        var bundles = await db.Bundles.AsNoTracking().Where(b => !b.Retired).OrderBy(b => b.SortOrder).ThenBy(b => b.Code).ToListAsync();
        var intakeHalls = await db.Counters.AsNoTracking().Where(c => c.Kind == CounterKind.Comprehensive && c.RetiredAt == null).Select(c => c.HallCode).Distinct().ToListAsync();
        var halls = (await db.Halls.AsNoTracking().Where(h => h.RetiredAt == null).OrderBy(h => h.Level).ThenBy(h => h.Id).ToListAsync())
            .Where(h => intakeHalls.Contains(h.Code))
            .Select(h => new GuideHall(h.Code, h.Name, h.Address, h.Level == HallLevel.District)).ToList();
        var delegations = (await db.ItemDelegations.AsNoTracking().Select(d => new { d.ItemCode, d.HallCode }).ToListAsync())
            .ToLookup(d => d.ItemCode, d => d.HallCode);

        // 可全程办理: the district hall decides everything; a sub-hall what is delegated to it (every part, for a bundle).
        IReadOnlyList<GuideHall> HallsFor(IReadOnlyCollection<string> itemCodes) =>
            halls.Select(h => h.Complete || itemCodes.All(c => delegations[c].Contains(h.Code)) ? h with { Complete = true } : h).ToList();

        string DepartmentName(string code) => departments.TryGetValue(code, out var d) ? d.Name : code;
        GuideMaterial Material(MaterialRequirement m) => new(m.Name, m.Form, m.Copies, m.Required,
            m.Licence is not null ? "电子证照" : m.SharedBy is not null ? "部门共享" : null,
            m.Licence, m.SharedBy is { } by ? DepartmentName(by) : null);

        var byCode = items.ToDictionary(i => i.Code);
        var guideItems = items.Select(i => (new GuideItem(i.Code, i.Name, DepartmentName(i.DepartmentCode), i.Kind, i.LegalDays, i.PromisedDays, i.Fee,
            i.ConcludesAtOnce, i.Commitment, i.LegalBasis, HallsFor([i.Code]), i.Materials.Select(Material).ToList()), i.Pinyin)).ToList();
        var guideBundles = bundles.Select(b =>
        {
            var parts = b.ItemCodes.Where(byCode.ContainsKey).Select(c => byCode[c]).ToList();
            var promised = b.PromisedDays ?? StagePlan.DaysTaken(parts.Select(p => (b.StageOf(p.Code), p.ConcludesAtOnce ? 0 : p.PromisedDays)));
            return (new GuideBundle(b.Code, b.Name, b.Description,
                string.Join("、", parts.Select(p => DepartmentName(p.DepartmentCode)).Distinct()),
                promised,
                parts.All(p => p.ConcludesAtOnce) && b.StageCount == StagePlan.FirstStage,
                parts.Select(p => new GuideBundleItem(p.Code, p.Name, DepartmentName(p.DepartmentCode), b.StageOf(p.Code), p.PromisedDays, p.ConcludesAtOnce, p.Commitment)).ToList(),
                HallsFor(parts.Select(p => p.Code).ToList()),
                MaterialChecklist.Merge(parts).Select(l => Material(l.Material)).ToList()), b.Pinyin);
        }).ToList();
        return new CatalogSnapshot(guideItems, guideBundles);
    }
}
