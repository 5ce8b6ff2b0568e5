using HallDesk.Data;
using HallDesk.Web.Features.Documents;
using HallDesk.Web.Features.Messaging;
using HallDesk.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Online;

/// <summary>网上预审 → 补正: everything missing at once, online and by SMS, with the address to upload again.</summary>
public sealed class RequestOnlineCorrection(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, SmsOutbox outbox, DocumentLinks links, TimeProvider time)
{
    public async Task HandleAsync(string number, string note, Actor actor, CancellationToken ct = default)
    {
        var (application, clerk, write) = await OnlineDesk.OpenAsync(dbFactory, gate, number, actor, ct);
        await using (write)
        {
            var now = time.GetUtcNow().UtcDateTime;
            application.RequestCorrection(note, clerk, now);
            var link = $"{links.BaseUrl}/apply/{Uri.EscapeDataString(application.SubjectCode)}/{Uri.EscapeDataString(number)}";
            await outbox.AddAsync(write, SmsKind.CaseCorrection, application.ApplicantPhone, application.HallCode, number,
                SmsTexts.Message("Sms.OnlineCorrection", number, application.CorrectionNote!, link), now, ct);
            write.Audit(now, actor, "online.correction", number, application.CorrectionNote!);
            await write.CommitAsync(ct);
        }
    }
}
