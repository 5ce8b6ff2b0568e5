using System.Globalization;
using HallDesk.Data;
using HallDesk.Domain.Appointments;
using HallDesk.Web.Features.Documents;
using HallDesk.Web.Features.Messaging;
using HallDesk.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Appointments;

/// <summary>
/// 预约提醒: a booking still holding its place gets an SMS on the working day before its day (from
/// <see cref="DayBeforeAt"/>, unless it was booked after that moment) and one an hour before its slot, each once (the
/// outbox row, whose subject names the booking and the reminder, is the record), with the page to cancel it.
/// </summary>
public sealed class SendAppointmentReminders(
    IDbContextFactory<HallDeskDbContext> dbFactory,
    WriteGate gate,
    SmsOutbox outbox,
    DocumentLinks links,
    TimeProvider time)
{
    public static readonly TimeOnly DayBeforeAt = new(9, 0);
    public static readonly TimeSpan HourBefore = TimeSpan.FromHours(1);

    /// <returns>How many reminders were queued.</returns>
    public async Task<int> HandleAsync(CancellationToken ct = default)
    {
        await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
        var db = write.Db;
        var now = time.GetUtcNow().UtcDateTime;
        var calendar = await CalendarStore.LoadAsync(db, ct);
        var halls = await db.Halls.AsNoTracking().ToListAsync(ct);
        var queued = 0;
        foreach (var hall in halls)
        {
            var localNow = hall.ToLocal(now);
            var today = DateOnly.FromDateTime(localNow);
            var tomorrow = calendar.AddWorkingDays(today, 1);
            var booked = await db.Appointments.AsNoTracking()
                .Where(a => a.HallCode == hall.Code && a.Status == AppointmentStatus.Booked && (a.Date == today || a.Date == tomorrow))
                .ToListAsync(ct);
            if (booked.Count == 0)
            {
                continue;
            }

            // A reminder is per booking and slot: one moved to another day (改约) is reminded of its new slot.
            var subjects = booked.SelectMany(a => new[] { Subject(a, "day"), Subject(a, "hour") }).ToList();
            var done = (await db.SmsOutbox.AsNoTracking().Where(m => m.Kind == SmsKind.AppointmentReminder.Name && subjects.Contains(m.Subject!))
                .Select(m => m.Subject!).ToListAsync(ct)).ToHashSet();
            var lines = await db.QueueLines.AsNoTracking().Where(l => l.HallCode == hall.Code).ToDictionaryAsync(l => l.Code, l => l.Name, ct);
            var dayBefore = today.ToDateTime(DayBeforeAt);
            foreach (var a in booked)
            {
                var line = lines.GetValueOrDefault(a.LineCode, a.LineCode);
                var slot = a.SlotStart.ToString("HH\\:mm", CultureInfo.InvariantCulture);
                if (a.Date == tomorrow && a.Date != today && localNow >= dayBefore && hall.ToLocal(a.CreatedAt) < dayBefore && !done.Contains(Subject(a, "day")))
                {
                    var day = a.Date.ToString("M月d日", CultureInfo.InvariantCulture);
                    queued += await AddAsync(a, "day", SmsTexts.Message("Sms.AppointmentDayBefore", day, slot, line, hall.Name, a.Code, links.BaseUrl + "/appointments?code=" + a.Code));
                }

                if (a.Date == today && localNow >= a.SlotStartsAt - HourBefore && localNow < a.SlotStartsAt && !done.Contains(Subject(a, "hour")))
                {
                    queued += await AddAsync(a, "hour", SmsTexts.Message("Sms.AppointmentHourBefore", slot, line, hall.Name, a.Code));
                }
            }
        }

        await write.CommitAsync(ct);
        return queued;

        async Task<int> AddAsync(Appointment a, string which, string text) =>
            await outbox.AddAsync(write, SmsKind.AppointmentReminder, a.Phone, a.HallCode, Subject(a, which), text, now, ct) ? 1 : 0;
    }

    private static string Subject(Appointment a, string which) =>
        string.Create(CultureInfo.InvariantCulture, $"{a.Code}:{a.Date:yyyyMMdd}{a.SlotStart:HHmm}:{which}");
}
