using HallDesk.Data;
using HallDesk.Domain.Calendar;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Documents;

namespace HallDesk.Web.Features.Review;

/// <summary>
/// Opens the 事后核查 tasks a case calls for when it concludes with parts approved on the applicant's 告知承诺,
/// inside the write that concludes it. The deadline is <c>Review:CommitmentCheckDays</c> working days.
/// </summary>
public sealed class CommitmentChecks(IConfiguration configuration)
{
    public int CheckDays => Math.Max(1, configuration.GetValue("Review:CommitmentCheckDays", CommitmentDocuments.DefaultCheckDays));

    public int ListMonths => Math.Max(1, configuration.GetValue("Review:BrokenCommitmentMonths", CommitmentDocuments.DefaultListMonths));

    public IReadOnlyList<CommitmentCheck> OpenDue(HallDeskDbContext db, CaseSnapshot before, Case after, WorkCalendar calendar, DateOnly today)
    {
        if (before.Status == CaseStatus.Concluded || after.Status != CaseStatus.Concluded)
        {
            return [];
        }

        var checks = CommitmentCheck.OpenFor(after, calendar, today, CheckDays);
        db.CommitmentChecks.AddRange(checks);
        return checks;
    }
}
