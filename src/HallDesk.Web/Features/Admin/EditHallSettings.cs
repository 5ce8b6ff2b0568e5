using System.Globalization;
using HallDesk.Data;
using HallDesk.Domain.Queue;
using HallDesk.Domain;
using HallDesk.Web.Features.Live;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Admin;

/// <summary>The manager sets the hall's name, board notice, hours, queue rules and alert thresholds.</summary>
public sealed class EditHallSettings(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, QueueNotifier notifier, TimeProvider time)
{
    public sealed record Command(
        string HallCode,
        string Name,
        string Notice,
        bool OpenAroundTheClock,
        TimeOnly OpensAt,
        TimeOnly ClosesAt,
        int NoShowAfterCalls,
        int RejoinBehind,
        int WaitAlertMinutes,
        int PauseAlertMinutes,
        int ServiceAlertMinutes);

    public async Task<Command?> LoadAsync(string hallCode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var h = await db.Halls.AsNoTracking().SingleOrDefaultAsync(x => x.Code == hallCode, ct);
        return h is null
            ? null
            : new Command(h.Code, h.Name, h.Notice, h.OpenAroundTheClock, h.OpensAt, h.ClosesAt, h.NoShowAfterCalls, h.RejoinBehind, h.WaitAlertMinutes, h.PauseAlertMinutes, h.ServiceAlertMinutes);
    }

    public async Task HandleAsync(Command command, Actor actor, CancellationToken ct = default)
    {
        IReadOnlyList<QueueEvent> events;
        await using (var write = await WriteScope.BeginAsync(dbFactory, gate, ct))
        {
            var hall = await write.Db.Halls.SingleOrDefaultAsync(h => h.Code == command.HallCode, ct)
                ?? throw new DomainException("Hall.CodeNotFound", command.HallCode);

            // Every rule is checked by the hall itself; the first refusal leaves the whole change unsaved.
            hall.Rename(command.Name ?? "", command.Notice ?? "");
            if (command.OpenAroundTheClock)
            {
                hall.OpenAroundTheClockAgain();
            }
            else
            {
                hall.SetHours(command.OpensAt, command.ClosesAt);
            }

            hall.SetQueueRules(command.NoShowAfterCalls, command.RejoinBehind);
            hall.SetThresholds(command.WaitAlertMinutes, command.PauseAlertMinutes, command.ServiceAlertMinutes);

            write.Audit(time.GetUtcNow().UtcDateTime, actor, "hall.settings", hall.Code, Describe(hall));
            await write.CommitAsync(ct);

            var counters = await write.Db.Counters.AsNoTracking().Where(c => c.HallCode == hall.Code).OrderBy(c => c.Number).ToListAsync(ct);
            events = await CounterBroadcast.EventsAsync(write.Db, hall.Code, counters, ct);
        }

        // One commit, one batch; then boards and screens fetch a fresh snapshot: the hall's name and notice are in it.
        await notifier.PublishAsync([.. events, new HallChangedEvent(command.HallCode)]);
    }

    private static string Describe(Hall h) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"名称={h.Name}; 时间={(h.OpenAroundTheClock ? "全天" : $"{h.OpensAt:HH:mm}-{h.ClosesAt:HH:mm}")}; 过号呼叫={h.NoShowAfterCalls}; 重排={h.RejoinBehind}; 提醒={h.WaitAlertMinutes}/{h.PauseAlertMinutes}/{h.ServiceAlertMinutes}; 公告={h.Notice}");
}
