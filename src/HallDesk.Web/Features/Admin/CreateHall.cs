using System.Globalization;
using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Admin;

/// <summary>
/// 新建大厅: the district opens a hall from the app with its lines and counters, in one write; its kiosk issues tickets
/// and its board joins the live hub at once, as a seeded hall's do.
/// </summary>
public sealed class CreateHall(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, NeedToKnow needToKnow, QueueNotifier notifier, TimeProvider time)
{
    public const string DistrictOnly = "Hall.DistrictOnly";

    public sealed record LineInput(string Code, string Name, double Minutes);

    public sealed record CounterInput(int Number, string Name, CounterKind Kind, string Lines);

    public sealed record Command(
        string Code, string Name, string ShortName, HallLevel Level, string Address, string Notice,
        bool OpenAroundTheClock, TimeOnly OpensAt, TimeOnly ClosesAt,
        IReadOnlyList<LineInput> Lines, IReadOnlyList<CounterInput> Counters);

    /// <summary>Builds the hall, its lines and counters; every refusal is a message at its field (code, name, shortName …).</summary>
    public static (Hall Hall, IReadOnlyList<QueueLine> Lines, IReadOnlyList<Counter> Counters) Build(Command command)
    {
        var code = (command.Code ?? "").Trim().ToUpperInvariant();
        var errors = new Dictionary<string, DomainMessage>();
        if (!Hall.IsValidCode(code))
        {
            errors["code"] = new("Hall.CodeFormat");
        }

        var hall = new Hall(code.Length is > 0 and <= 16 ? code : "X", (command.Name ?? "").Trim() is { Length: > 0 } n ? n : "-", "");
        Field(errors, "name", () => hall.Rename(command.Name ?? "", command.Notice ?? ""));
        Field(errors, "shortName", () => hall.Describe(command.ShortName ?? "", command.Address ?? "", command.Level));
        if (!errors.ContainsKey("shortName") && (command.Address ?? "").Length > 100)
        {
            errors["address"] = new("Hall.AddressTooLong");
        }

        if (!command.OpenAroundTheClock)
        {
            Field(errors, "hours", () => hall.SetHours(command.OpensAt, command.ClosesAt));
        }

        var lines = new List<QueueLine>();
        var counters = new List<Counter>();
        Field(errors, "lines", () =>
        {
            if (command.Lines.Count == 0)
            {
                throw new DomainException("Hall.NeedsLine");
            }

            var order = 0;
            foreach (var input in command.Lines)
            {
                var prefix = (input.Code ?? "").Trim().ToUpperInvariant();
                var line = new QueueLine(code, prefix, input.Name ?? "", order, input.Minutes);
                line.Change(input.Name ?? "", order++, input.Minutes);
                if (lines.Any(l => l.Code == prefix))
                {
                    throw new DomainException("Line.CodeTaken", prefix);
                }

                lines.Add(line);
            }
        });
        Field(errors, "counters", () =>
        {
            if (command.Counters.Count == 0)
            {
                throw new DomainException("Hall.NeedsCounter");
            }

            foreach (var input in command.Counters)
            {
                var counter = new Counter(code, input.Number, input.Name ?? "", input.Kind, EditCounters.ParseLines(input.Lines));
                counter.Rename(input.Name ?? "", input.Kind);
                if (counters.Any(c => c.Number == input.Number))
                {
                    throw new DomainException("Counter.NumberTaken", input.Number);
                }

                var unknown = counter.ServedLines.Where(l => lines.All(x => x.Code != l)).ToList();
                if (unknown.Count > 0 && !errors.ContainsKey("lines"))
                {
                    throw new DomainException("Counter.UnknownLines", unknown);
                }

                counters.Add(counter);
            }
        });

        if (errors.Count > 0)
        {
            throw new FieldErrorsException(errors);
        }

        return (hall, lines, counters);
    }

    public async Task HandleAsync(Command command, Actor actor, CancellationToken ct = default)
    {
        var (hall, lines, counters) = Build(command);
        if (!await needToKnow.MayChangeDistrictDataAsync(actor, "hall.create", hall.Code, ct))
        {
            throw new DomainException(DistrictOnly);
        }

        await using (var write = await WriteScope.BeginAsync(dbFactory, gate, ct))
        {
            // Taken codes and short names are checked inside the write, so two admins cannot both take one.
            var errors = new Dictionary<string, DomainMessage>();
            if (await write.Db.Halls.AnyAsync(h => h.Code == hall.Code, ct))
            {
                errors["code"] = new("Hall.CodeTaken", hall.Code);
            }

            if (await write.Db.Halls.Where(h => h.ShortName == hall.ShortName).Select(h => h.Name).FirstOrDefaultAsync(ct) is { } holder)
            {
                errors["shortName"] = new("Hall.ShortNameTaken", hall.ShortName, holder);
            }

            if (errors.Count > 0)
            {
                throw new FieldErrorsException(errors);
            }

            write.Db.Halls.Add(hall);
            write.Db.QueueLines.AddRange(lines);
            write.Db.Counters.AddRange(counters);
            write.Audit(time.GetUtcNow().UtcDateTime, actor, "hall.create", hall.Code, Describe(hall, lines, counters));
            await write.CommitAsync(ct);
        }

        await notifier.PublishAsync(new HallChangedEvent(hall.Code));
    }

    private static void Field(Dictionary<string, DomainMessage> errors, string field, Action check)
    {
        try
        {
            check();
        }
        catch (DomainException e)
        {
            errors.TryAdd(field, e.Text);
        }
    }

    private static string Describe(Hall h, IReadOnlyList<QueueLine> lines, IReadOnlyList<Counter> counters) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{h.Name}（{h.ShortName}，{h.Level}），{h.Address}；时间={(h.OpenAroundTheClock ? "全天" : $"{h.OpensAt:HH:mm}-{h.ClosesAt:HH:mm}")}；业务 {string.Join(',', lines.Select(l => l.Code))}；窗口 {string.Join(',', counters.Select(c => $"{c.Number}:{c.Lines}"))}");
}
