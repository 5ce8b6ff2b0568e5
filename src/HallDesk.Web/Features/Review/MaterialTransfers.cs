using HallDesk.Data;
using HallDesk.Domain.Calendar;
using HallDesk.Domain.Cases;
using HallDesk.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Review;

/// <summary>
/// 内部流转: opens the requests a case calls for, inside the write that accepts it or opens its next stage, each due
/// <c>Review:TransferDays</c> working days later (default 1). Which item asks for which material comes from the catalog.
/// </summary>
public sealed class MaterialTransfers(IConfiguration configuration)
{
    public const int DefaultTransferDays = 1;

    public int TransferDays => Math.Max(1, configuration.GetValue("Review:TransferDays", DefaultTransferDays));

    public async Task<IReadOnlyList<MaterialTransfer>> OpenDueAsync(WriteScope write, Actor actor, Case c, WorkCalendar calendar, DateOnly today, DateTime now,
        CancellationToken ct)
    {
        var shared = c.Materials.Where(m => m.State == MaterialState.FromDepartment && m.Source is not null).ToList();
        if (shared.Count == 0 || c.Tasks.Count == 0)
        {
            return [];
        }

        var db = write.Db;
        var codes = c.Items.Select(i => i.Code).ToList();
        var items = await db.ServiceItems.AsNoTracking().Where(i => codes.Contains(i.Code)).ToListAsync(ct);
        var checklist = MaterialChecklist.Merge(codes.Select(code => items.FirstOrDefault(i => i.Code == code)).OfType<ServiceItem>());
        var requested = await db.MaterialTransfers.AsNoTracking().Where(t => t.CaseNumber == c.CaseNumber).Select(t => t.MaterialKey).ToListAsync(ct);
        var holders = shared.Select(m => m.Source!).Distinct().ToList();
        var names = await db.Departments.AsNoTracking().Where(d => holders.Contains(d.Code)).ToDictionaryAsync(d => d.Code, d => d.Name, ct);
        var opened = MaterialTransfer.OpenFor(c, checklist, requested, names, calendar, today, now, TransferDays);
        db.MaterialTransfers.AddRange(opened);
        foreach (var transfer in opened)
        {
            write.Audit(now, actor, "transfer.request", c.CaseNumber,
                $"{transfer.MaterialName}：{transfer.RequestingDepartmentName}→{transfer.HoldingDepartmentName}，{transfer.DueOn:yyyy-MM-dd}前");
        }

        return opened;
    }
}
