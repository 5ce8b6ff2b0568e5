using HallDesk.Data;
using HallDesk.Domain.Queue;
using HallDesk.Domain;
using HallDesk.Web.Features.Live;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Admin;

/// <summary>The manager adds counters (窗口), renames them and sets the lines each serves in priority order.</summary>
public sealed class EditCounters(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, QueueNotifier notifier, TimeProvider time)
{
    public sealed record Command(string HallCode, int Number, string Name, CounterKind Kind, string Lines);

    public async Task<IReadOnlyList<Counter>> ListAsync(string hallCode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Counters.AsNoTracking().Where(c => c.HallCode == hallCode).OrderBy(c => c.Number).ToListAsync(ct);
    }

    /// <summary>"A,C,E", "a c e" or "A，C，E" → ["A", "C", "E"], order kept.</summary>
    public static IReadOnlyList<string> ParseLines(string? text) =>
        (text ?? "").Split([',', '，', ' ', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.ToUpperInvariant())
            .ToList();

    public async Task AddAsync(Command command, Actor actor, CancellationToken ct = default)
    {
        var counter = new Counter(command.HallCode, command.Number, command.Name ?? "", command.Kind, ParseLines(command.Lines));
        counter.Rename(command.Name ?? "", command.Kind);

        IReadOnlyList<QueueEvent> events;
        await using (var write = await WriteScope.BeginAsync(dbFactory, gate, ct))
        {
            await EnsureLinesExistAsync(write.Db, command.HallCode, counter.ServedLines, ct);
            if (await write.Db.Counters.AnyAsync(c => c.HallCode == command.HallCode && c.Number == command.Number, ct))
            {
                throw new DomainException("Counter.NumberTaken", command.Number);
            }

            write.Db.Counters.Add(counter);
            write.Audit(time.GetUtcNow().UtcDateTime, actor, "counter.add", $"{command.HallCode}/{command.Number}号窗口", $"{counter.Name}，{counter.Kind}，业务 {counter.Lines}");
            await write.CommitAsync(ct);
            events = await CounterBroadcast.EventsAsync(write.Db, command.HallCode, [counter], ct);
        }

        await notifier.PublishAsync(events);
    }

    /// <summary>Renames the counter and sets its lines; a counter that is serving keeps its current ticket.</summary>
    public async Task ChangeAsync(Command command, Actor actor, CancellationToken ct = default)
    {
        IReadOnlyList<QueueEvent> events;
        await using (var write = await WriteScope.BeginAsync(dbFactory, gate, ct))
        {
            var counter = await write.Db.Counters.SingleOrDefaultAsync(c => c.HallCode == command.HallCode && c.Number == command.Number, ct)
                ?? throw new DomainException("Counter.NotInHall", command.Number);
            var before = $"{counter.Name}，{counter.Kind}，业务 {counter.Lines}";
            counter.Rename(command.Name ?? "", command.Kind);
            counter.ServeLines(ParseLines(command.Lines));
            await EnsureLinesExistAsync(write.Db, command.HallCode, counter.ServedLines, ct);

            write.Audit(time.GetUtcNow().UtcDateTime, actor, "counter.change", $"{command.HallCode}/{command.Number}号窗口", $"{before} → {counter.Name}，{counter.Kind}，业务 {counter.Lines}");
            await write.CommitAsync(ct);
            events = await CounterBroadcast.EventsAsync(write.Db, command.HallCode, [counter], ct);
        }

        await notifier.PublishAsync(events);
    }

    private static async Task EnsureLinesExistAsync(HallDeskDbContext db, string hallCode, IReadOnlyList<string> lines, CancellationToken ct)
    {
        var known = await db.QueueLines.AsNoTracking().Where(l => l.HallCode == hallCode && l.RetiredAt == null).Select(l => l.Code).ToListAsync(ct);
        var unknown = lines.Where(l => !known.Contains(l)).ToList();
        if (unknown.Count > 0)
        {
            throw new DomainException("Counter.UnknownLines", unknown.ToList());
        }
    }
}
