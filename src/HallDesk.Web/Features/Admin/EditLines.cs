using System.Globalization;
using HallDesk.Domain;
using HallDesk.Domain.Queue;
using HallDesk.Data;
using HallDesk.Web.Features.Live;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Admin;

/// <summary>The manager adds the hall's queue lines (叫号业务) and changes their name, order and default minutes.</summary>
public sealed class EditLines(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, QueueNotifier notifier, TimeProvider time)
{
    public sealed record Command(string HallCode, string Code, string Name, int SortOrder, double DefaultServiceMinutes);

    public async Task<IReadOnlyList<QueueLine>> ListAsync(string hallCode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.QueueLines.AsNoTracking().Where(l => l.HallCode == hallCode).OrderBy(l => l.SortOrder).ThenBy(l => l.Code).ToListAsync(ct);
    }

    public async Task AddAsync(Command command, Actor actor, CancellationToken ct = default)
    {
        var code = (command.Code ?? "").Trim().ToUpperInvariant();
        var line = new QueueLine(command.HallCode, code, command.Name ?? "", command.SortOrder, command.DefaultServiceMinutes);
        // The constructor checks the prefix; Change adds the limits on name length and minutes.
        line.Change(command.Name ?? "", command.SortOrder, command.DefaultServiceMinutes);

        await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
        if (!await write.Db.Halls.AnyAsync(h => h.Code == command.HallCode, ct))
        {
            throw new DomainException("Hall.CodeNotFound", command.HallCode);
        }

        if (await write.Db.QueueLines.AnyAsync(l => l.HallCode == command.HallCode && l.Code == code, ct))
        {
            throw new DomainException("Line.CodeTaken", code);
        }

        write.Db.QueueLines.Add(line);
        write.Audit(time.GetUtcNow().UtcDateTime, actor, "line.add", $"{command.HallCode}/{code}", Describe(line));
        await write.CommitAsync(ct);
        await write.DisposeAsync();
        await notifier.PublishAsync(new HallChangedEvent(command.HallCode));
    }

    public async Task ChangeAsync(Command command, Actor actor, CancellationToken ct = default)
    {
        await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
        var line = await write.Db.QueueLines.SingleOrDefaultAsync(l => l.HallCode == command.HallCode && l.Code == command.Code, ct)
            ?? throw new DomainException("Line.PrefixNotInHall", command.Code);
        var before = Describe(line);
        line.Change(command.Name ?? "", command.SortOrder, command.DefaultServiceMinutes);
        write.Audit(time.GetUtcNow().UtcDateTime, actor, "line.change", $"{command.HallCode}/{line.Code}", $"{before} → {Describe(line)}");
        await write.CommitAsync(ct);
        await write.DisposeAsync();

        // Open boards, kiosks and consoles take a fresh snapshot now, not at the next ticket event (issue 19).
        await notifier.PublishAsync(new HallChangedEvent(command.HallCode));
    }

    private static string Describe(QueueLine l) =>
        string.Create(CultureInfo.InvariantCulture, $"{l.Name}，排序 {l.SortOrder}，默认 {l.DefaultServiceMinutes} 分钟");
}
