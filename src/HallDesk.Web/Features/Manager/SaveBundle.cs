using System.Globalization;
using HallDesk.Domain;
using HallDesk.Domain.Catalog;
using HallDesk.Data;
using HallDesk.Web.Features.Guide;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Manager;

/// <summary>
/// The district creates or edits a 一件事. Its promise may not be shorter than its slowest item (<see cref="Bundle.EnsurePromiseKept"/>);
/// new cases take the bundle as it is now, cases already taken in keep the items they were taken in with.
/// </summary>
public sealed class SaveBundle(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, NeedToKnow needToKnow, TimeProvider time, PublicCatalog publicCatalog)
{
    /// <param name="IsNew">Create <paramref name="Code"/>; otherwise edit the bundle of that code.</param>
    /// <param name="Stages">Item code → stage (一件事一条链); null or all 1: one stage.</param>
    public sealed record Command(bool IsNew, string Code, string Name, string Pinyin, string Description, IReadOnlyList<string> ItemCodes, int? PromisedDays,
        IReadOnlyDictionary<string, int>? Stages = null);

    public async Task HandleAsync(Actor actor, Command command, CancellationToken ct = default)
    {
        var code = command.Code.Trim();
        if (!await needToKnow.MayChangeDistrictDataAsync(actor, "catalog.bundle", code, ct))
        {
            throw new DomainException(EditCatalog.DistrictOnly);
        }

        await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
        var existing = await write.Db.Bundles.SingleOrDefaultAsync(b => b.Code == code, ct);
        string before;
        Bundle bundle;
        if (command.IsNew)
        {
            if (existing is not null)
            {
                throw new DomainException("Bundle.CodeTaken", code);
            }

            var last = await write.Db.Bundles.MaxAsync(b => (int?)b.SortOrder, ct) ?? 0;
            bundle = new Bundle(code, command.Name, command.Pinyin, command.Description, command.ItemCodes, command.PromisedDays, last + 1, command.Stages);
            write.Db.Bundles.Add(bundle);
            before = "新建";
        }
        else
        {
            bundle = existing ?? throw new DomainException("Bundle.NotFound", code);
            before = Describe(bundle);
            bundle.Revise(command.Name, command.Pinyin, command.Description, command.ItemCodes, command.PromisedDays, command.Stages);
        }

        bundle.EnsurePromiseKept(await write.Db.ServiceItems.AsNoTracking().ToListAsync(ct));
        write.Audit(time.GetUtcNow().UtcDateTime, actor, "catalog.bundle", code, $"{before} → {Describe(bundle)}");
        await write.CommitAsync(ct);
        publicCatalog.Invalidate();
    }

    private static string Describe(Bundle b) =>
        $"{b.Name} 承诺{b.PromisedDays?.ToString(CultureInfo.InvariantCulture) ?? "—"} 事项{string.Join(",", b.ItemCodes)}"
        + (b.StageCount > 1 ? " 阶段" + string.Join(",", b.ItemCodes.Select(c => $"{c}:{b.StageOf(c)}")) : "");
}
