using HallDesk.Data;
using HallDesk.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Messaging;

/// <summary>
/// Queues an SMS inside the caller's write: it commits with the change that causes it, or not at all, and the sender
/// is woken once the write has committed. A kind switched off, or a phone that is not a mainland mobile, queues nothing.
/// </summary>
public sealed class SmsOutbox(SmsSettings settings, SmsSender sender)
{
    /// <returns>Whether a message was queued.</returns>
    public async Task<bool> AddAsync(WriteScope write, SmsKind kind, string? phone, string? hallCode, string? subject, string text, DateTime now, CancellationToken ct = default)
    {
        var mobile = PhoneNumber.Normalize(phone);
        if (!settings.IsOn(kind) || !PhoneNumber.IsValidMobile(mobile))
        {
            return false;
        }

        var signature = settings.Signature;
        if (signature.Length == 0 && hallCode is not null)
        {
            signature = await write.Db.Halls.AsNoTracking().Where(h => h.Code == hallCode).Select(h => h.Name).FirstOrDefaultAsync(ct) ?? "";
        }

        var signed = signature.Length > 0 ? $"【{signature}】{text}" : text;
        write.Db.SmsOutbox.Add(SmsMessage.Create(mobile!, signed, kind.Name, hallCode, subject, now, settings.DueAt(kind, now)));
        write.AfterCommit(sender.Wake);
        return true;
    }
}
