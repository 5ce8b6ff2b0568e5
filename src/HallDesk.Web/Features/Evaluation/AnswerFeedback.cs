using HallDesk.Data;
using HallDesk.Domain;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Evaluation;

/// <summary>诉求答复: the answer closes the request; a request is answered once.</summary>
public sealed class AnswerFeedback(IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate, TimeProvider time)
{
    public async Task HandleAsync(Actor actor, string number, string answer, CancellationToken ct = default)
    {
        await using var write = await WriteScope.BeginAsync(dbFactory, gate, ct);
        var feedback = await write.Db.Feedbacks.SingleOrDefaultAsync(f => f.Number == number, ct)
            ?? throw new DomainException("Feedback.NotFound", number);
        var now = time.GetUtcNow().UtcDateTime;
        feedback.Reply(answer, actor.UserName, now);
        write.Audit(now, actor, "feedback.answer", number, "");
        await write.CommitAsync(ct);
    }
}
