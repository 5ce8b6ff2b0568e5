using HallDesk.Data;
using HallDesk.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Messaging;

/// <summary>One outbox row as Admin reads it: the whole phone (the one place it is shown whole), text, kind, status, tries, error.</summary>
public sealed record SmsRow(
    long Id, string Phone, string Text, string Kind, string? Hall, string? Subject, DateTime CreatedAt, DateTime DueAt,
    string Status, int Attempts, string? LastError, DateTime? SentAt, string? Gateway);

/// <summary>Reads of the outbox for /admin/sms and <c>GET /api/v1/admin/sms</c>: newest first, optionally one phone's.</summary>
public sealed class SmsOutboxQueries(IDbContextFactory<HallDeskDbContext> dbFactory)
{
    public const int MaxRows = 200;

    public async Task<IReadOnlyList<SmsRow>> ListAsync(string? phone, int take = MaxRows, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.SmsOutbox.AsNoTracking();
        if (PhoneNumber.Normalize(phone) is { Length: > 0 } wanted)
        {
            query = query.Where(m => m.Phone.Contains(wanted));
        }

        var rows = await query.OrderByDescending(m => m.Id).Take(Math.Clamp(take, 1, MaxRows)).ToListAsync(ct);
        return rows.Select(m => new SmsRow(m.Id, m.Phone, m.Text, m.Kind, m.HallCode, m.Subject, m.CreatedAt, m.DueAt,
            m.Status.ToString(), m.Attempts, m.LastError, m.SentAt, m.Gateway)).ToList();
    }
}
