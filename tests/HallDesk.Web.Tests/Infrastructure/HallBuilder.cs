using HallDesk.Domain.Queue;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Infrastructure;

/// <summary>
/// Another hall (a street or township sub-hall) written straight into the test database: its lines, counters
/// open for them and tickets waiting in them, beside the seeded AM, XY and SDG.
/// </summary>
public sealed class HallBuilder(string code, string name)
{
    private readonly List<(string Code, string Name, double Minutes, int Waiting, int OpenCounters)> _lines = [];
    private (TimeOnly Opens, TimeOnly Closes)? _hours;

    public HallBuilder Line(string code, string name, double defaultMinutes, int waiting = 0, int openCounters = 0)
    {
        _lines.Add((code, name, defaultMinutes, waiting, openCounters));
        return this;
    }

    public HallBuilder Hours(int opensAtHour, int closesAtHour)
    {
        _hours = (new TimeOnly(opensAtHour, 0), new TimeOnly(closesAtHour, 0));
        return this;
    }

    public async Task SaveAsync(HallDeskFactory factory)
    {
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.DbAsync();
        var hall = new Hall(code, name, "");
        if (_hours is { } hours)
        {
            hall.SetHours(hours.Opens, hours.Closes);
        }

        db.Halls.Add(hall);
        var counter = 0;
        for (var i = 0; i < _lines.Count; i++)
        {
            var line = _lines[i];
            db.QueueLines.Add(new QueueLine(code, line.Code, line.Name, i + 1, line.Minutes));
            for (var c = 0; c < line.OpenCounters; c++)
            {
                var opened = new Counter(code, ++counter, "综合窗口", CounterKind.Comprehensive, [line.Code]);
                opened.Open($"test-clerk-{code}-{counter}", "测试", $"T{counter:000}", now);
                db.Counters.Add(opened);
            }
        }

        await db.SaveChangesAsync();
        foreach (var line in _lines)
        {
            await AddWaitingAsync(factory, code, line.Code, line.Waiting);
        }
    }

    /// <summary>Tickets waiting in a line of any hall, numbered after today's last one.</summary>
    public static async Task AddWaitingAsync(HallDeskFactory factory, string hallCode, string line, int count, string? phone = null)
    {
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.DbAsync();
        var hall = await db.Halls.SingleAsync(h => h.Code == hallCode);
        var today = hall.LocalDate(now);
        var last = await db.Tickets.Where(t => t.HallCode == hallCode && t.ServiceDate == today && t.IssuedLine == line)
            .MaxAsync(t => (int?)t.Sequence) ?? 0;
        for (var i = 1; i <= count; i++)
        {
            db.Tickets.Add(Ticket.Issue(hallCode, line, today, last + i, phone, false, now));
        }

        await db.SaveChangesAsync();
    }
}
