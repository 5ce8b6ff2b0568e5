using HallDesk.Domain.Appointments;
using HallDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Appointments;

/// <summary>
/// Bookings that look scripted (issue 14): many open bookings of a hall made from one address, or by phones of one number
/// range (the first seven digits: 号段 and area). Each booking's address is the one its audit line recorded. A group of
/// <see cref="AppointmentSettings.BurstSize"/> or more is flagged for the hall's manager, who may cancel it in bulk.
/// </summary>
public sealed class AppointmentBursts(IDbContextFactory<HallDeskDbContext> dbFactory, AppointmentSettings settings, TimeProvider time)
{
    public const string ByAddress = "address";
    public const string ByPhoneRange = "phones";

    /// <param name="Key">The address, or the phone range as 1381234****.</param>
    public sealed record Group(string Kind, string Key, IReadOnlyList<AppointmentView> Bookings);

    public async Task<IReadOnlyList<Group>> FindAsync(string hallCode, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var hall = await db.Halls.AsNoTracking().SingleOrDefaultAsync(h => h.Code == hallCode, ct);
        if (hall is null)
        {
            return [];
        }

        var today = hall.LocalDate(time.GetUtcNow().UtcDateTime);
        var open = await db.Appointments.AsNoTracking()
            .Where(a => a.HallCode == hallCode && a.Status == AppointmentStatus.Booked && a.Date >= today)
            .OrderBy(a => a.Date).ThenBy(a => a.SlotStart)
            .ToListAsync(ct);
        if (open.Count < settings.BurstSize)
        {
            return [];
        }

        string SubjectOf(Appointment a) => $"{hallCode}/{a.Code}";
        var subjects = open.Select(SubjectOf).ToList();
        var addresses = (await db.AuditEntries.AsNoTracking()
                .Where(e => e.Action == "appointment.book" && subjects.Contains(e.Subject) && e.Address != null)
                .Select(e => new { e.Subject, e.Address })
                .ToListAsync(ct))
            .GroupBy(e => e.Subject)
            .ToDictionary(g => g.Key, g => g.First().Address!);

        var groups = new List<Group>();
        groups.AddRange(open
            .Where(a => addresses.ContainsKey(SubjectOf(a)))
            .GroupBy(a => addresses[SubjectOf(a)])
            .Where(g => g.Count() >= settings.BurstSize)
            .Select(g => new Group(ByAddress, g.Key, g.Select(AppointmentView.From).ToList())));
        groups.AddRange(open
            .Where(a => a.Phone.Length == 11)
            .GroupBy(a => a.Phone[..7])
            .Where(g => g.Count() >= settings.BurstSize)
            .Select(g => new Group(ByPhoneRange, g.Key + "****", g.Select(AppointmentView.From).ToList())));
        return groups.OrderByDescending(g => g.Bookings.Count).ToList();
    }
}
