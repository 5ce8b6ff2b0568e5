using System.Globalization;
using System.Text;
using HallDesk.Data;
using HallDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Audit;

/// <summary>What the audit viewer filters by: person (account), action (prefix, e.g. <c>case.</c>), target (contains), hall-local days, outcome.</summary>
public sealed record AuditFilter(string? Person = null, string? Action = null, string? Target = null, DateOnly? From = null, DateOnly? To = null, string? Outcome = null)
{
    /// <summary>The filter as the export's query string and the export's own audit line show it.</summary>
    public string Describe() => string.Join(" ", new[]
    {
        Person is { Length: > 0 } p ? $"人员={p}" : null,
        Action is { Length: > 0 } a ? $"操作={a}" : null,
        Target is { Length: > 0 } t ? $"对象={t}" : null,
        From is { } f ? $"自={f:yyyy-MM-dd}" : null,
        To is { } to ? $"至={to:yyyy-MM-dd}" : null,
        Outcome is { Length: > 0 } o ? $"结果={o}" : null,
    }.Where(x => x is not null)) is { Length: > 0 } text ? text : "全部";

    public string Query() => string.Join("&", new[]
    {
        Person is { Length: > 0 } p ? "person=" + Uri.EscapeDataString(p) : null,
        Action is { Length: > 0 } a ? "action=" + Uri.EscapeDataString(a) : null,
        Target is { Length: > 0 } t ? "target=" + Uri.EscapeDataString(t) : null,
        From is { } f ? string.Create(CultureInfo.InvariantCulture, $"from={f:yyyy-MM-dd}") : null,
        To is { } to ? string.Create(CultureInfo.InvariantCulture, $"to={to:yyyy-MM-dd}") : null,
        Outcome is { Length: > 0 } o ? "outcome=" + Uri.EscapeDataString(o) : null,
    }.Where(x => x is not null));
}

public sealed record AuditRows(IReadOnlyList<AuditEntry> Rows, int Total);

/// <summary>Reads of the audit log for <c>/admin/audit</c>: a filtered page, the whole filtered log as CSV, the chain check.</summary>
public sealed class AuditQueries(IDbContextFactory<HallDeskDbContext> dbFactory)
{
    public const int MaxExportRows = 100_000;

    public async Task<AuditRows> SearchAsync(AuditFilter filter, int page, int pageSize, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = Filtered(db, filter);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(a => a.Id).Skip(Math.Max(0, page) * pageSize).Take(pageSize).ToListAsync(ct);
        return new AuditRows(rows, total);
    }

    public Task<AuditChainCheck> VerifyAsync(CancellationToken ct = default) => AuditChain.VerifyAsync(dbFactory, ct);

    /// <summary>The filtered log, oldest first, as CSV (UTF-8 with BOM so that Excel reads the Chinese).</summary>
    public async Task<(byte[] Csv, int Rows)> CsvAsync(AuditFilter filter, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await Filtered(db, filter).OrderBy(a => a.Id).Take(MaxExportRows).ToListAsync(ct);
        var text = new StringBuilder();
        Line(text, ["编号", "链序号", "时间", "人员", "操作", "对象", "详情", "地址", "结果", "前一条哈希", "哈希"]);
        foreach (var a in rows)
        {
            Line(text, [a.Id.ToString(CultureInfo.InvariantCulture), a.Sequence?.ToString(CultureInfo.InvariantCulture) ?? "", HallTime.Format(a.At, "yyyy-MM-dd HH:mm:ss"),
                a.Actor, a.Action, a.Subject, a.Details, a.Address ?? "", a.Outcome, a.PreviousHash, a.Hash]);
        }

        return ([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())], rows.Count);
    }

    private static IQueryable<AuditEntry> Filtered(HallDeskDbContext db, AuditFilter filter)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (filter.Person is { Length: > 0 } person)
        {
            query = query.Where(a => a.Actor == person.Trim());
        }

        if (filter.Action is { Length: > 0 } action)
        {
            query = query.Where(a => a.Action.StartsWith(action.Trim()));
        }

        if (filter.Target is { Length: > 0 } target)
        {
            query = query.Where(a => a.Subject.Contains(target.Trim()));
        }

        if (filter.From is { } from)
        {
            var start = HallTime.StartOfDayUtc(from);
            query = query.Where(a => a.At >= start);
        }

        if (filter.To is { } to && to < DateOnly.MaxValue)
        {
            var end = HallTime.StartOfDayUtc(to.AddDays(1));
            query = query.Where(a => a.At < end);
        }

        if (filter.Outcome is { Length: > 0 } outcome)
        {
            query = query.Where(a => a.Outcome == outcome);
        }

        return query;
    }

    private static void Line(StringBuilder text, IEnumerable<string> cells) =>
        text.Append(string.Join(',', cells.Select(Escape))).Append("\r\n");

    /// <summary>RFC 4180 quoting; a leading formula character is defused so Excel never runs a cell.</summary>
    private static string Escape(string cell)
    {
        if (cell.Length > 0 && "=+-@".Contains(cell[0], StringComparison.Ordinal))
        {
            cell = "'" + cell;
        }

        return cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }
}
