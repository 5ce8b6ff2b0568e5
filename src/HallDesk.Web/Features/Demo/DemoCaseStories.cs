using HallDesk.Data;
using HallDesk.Domain.Cases;
using HallDesk.Domain.Evaluations;
using HallDesk.Web.Features.Evaluation;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Features.Review;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Demo;

/// <summary>
/// The cases of the demo history: taken in at the window (受理, 补正, 不予受理, some on a 告知承诺), then each department
/// approves, denies, returns or suspends its part on a later day (a few stay open, so every deadline light shows),
/// results are handed over or mailed, and some applicants rate the case, a few badly.
/// </summary>
internal sealed class DemoCaseStories(
    IServiceProvider services, DemoTimeline timeline, Random random, Dictionary<string, Actor> actors, IReadOnlyList<DateOnly> days,
    IReadOnlyList<(string Code, bool Commitment)> subjects)
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭"];
    private static readonly string[] GivenNames = ["建国", "秀英", "志强", "丽娜", "海涛", "桂兰", "永明", "晓燕", "国华", "淑芬", "文博", "雪梅"];
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private readonly HashSet<string> _delivering = [];
    private int _people;
    private int _ratings;

    public static async Task<IReadOnlyList<(string Code, bool Commitment)>> SubjectsAsync(HallDeskDbContext db, CancellationToken ct)
    {
        var items = await db.ServiceItems.AsNoTracking().OrderBy(i => i.Code).Select(i => new { i.Code, i.Commitment }).ToListAsync(ct);
        var bundles = await db.Bundles.AsNoTracking().OrderBy(b => b.Code).Select(b => b.Code).Take(12).ToListAsync(ct);
        return [.. items.Select(i => (i.Code, i.Commitment)), .. bundles.Select(b => (b, false))];
    }

    public void PlanIntake(DateTime at, Actor clerk, string hallCode, int dayIndex)
    {
        var (code, commitmentAllowed) = subjects[random.Next(subjects.Count)];
        var applicant = NextApplicant();
        var roll = random.NextDouble();
        var decision = roll < 0.07 ? IntakeDecision.Reject : roll < 0.2 ? IntakeDecision.Correction : IntakeDecision.Accept;
        var commitment = commitmentAllowed && random.NextDouble() < 0.5;
        var provideAfter = random.Next(1, 4);
        var provides = random.NextDouble() < 0.5;
        timeline.At(at, async () =>
        {
            var selection = await services.GetRequiredService<CatalogQueries>().SelectAsync(code) ?? throw new Domain.DomainException("Case.SubjectRequired");
            var keys = decision == IntakeDecision.Correction
                ? selection.Checklist.Select(l => l.Key).Take(1).ToList()
                : selection.Checklist.Select(l => l.Key).ToList();
            var result = await services.GetRequiredService<TakeInApplication>().HandleAsync(
                new TakeInApplication.Command(applicant, code, keys, decision,
                    decision == IntakeDecision.Reject ? "申请事项由市级主管部门实施" : null,
                    null,
                    commitment,
                    RejectGround: RejectionGround.NotWithinPowers,
                    RejectApplyTo: decision == IntakeDecision.Reject ? "牡丹江市" + selection.Items[0].DepartmentName.TrimStart('区') : null),
                clerk);
            if (result.Status == CaseStatus.AwaitingCorrection && provides)
            {
                var missing = selection.Checklist.Select(l => l.Key).ToList();
                timeline.At(Morning(dayIndex + provideAfter, 30), () => services.GetRequiredService<ProvideCorrection>().HandleAsync(clerk, result.CaseNumber, missing));
            }

            await PlanTransfersAsync(result.CaseNumber, dayIndex);
            await FollowAsync(result.CaseNumber, dayIndex, hallCode);
        });
    }

    /// <summary>
    /// 内部流转: the holding department confirms the material from its own system the next working day, except on cases
    /// whose number ends in 3, which stay waiting (overdue in the demo). No draw from the history's random: the rest of
    /// the history stays as it was.
    /// </summary>
    private async Task PlanTransfersAsync(string caseNumber, int dayIndex)
    {
        if (caseNumber.EndsWith('3'))
        {
            return;
        }

        foreach (var (transfer, i) in (await services.GetRequiredService<TransferQueries>().OpenOfCaseAsync(caseNumber)).Select((t, i) => (t, i)))
        {
            if (actors.TryGetValue("reviewer-" + transfer.HoldingDepartmentCode, out var reviewer))
            {
                timeline.At(Morning(dayIndex + 1, 20 + i), () => services.GetRequiredService<ConfirmMaterialTransfer>().HandleAsync(
                    new(transfer.Id, transfer.Version, "已在本部门业务系统核验，信息与申请一致"), reviewer));
            }
        }
    }

    /// <summary>Plans what the departments do next on the case, or its delivery once it is concluded.</summary>
    private async Task FollowAsync(string caseNumber, int dayIndex, string hallCode)
    {
        var details = await services.GetRequiredService<ReviewQueries>().CaseAsync(caseNumber);
        if (details is null)
        {
            return;
        }

        var c = details.Case;
        if (c.Status == CaseStatus.UnderReview)
        {
            foreach (var task in c.Tasks.Where(t => t.Status == ReviewStatus.Pending && !t.IsSuspended))
            {
                PlanReview(caseNumber, task.DepartmentCode, task.ReviewHallCode, task.WorkingDaysLeft(details.Calendar, details.Today), dayIndex, hallCode);
            }
        }
        else if (c.Status == CaseStatus.Concluded && _delivering.Add(caseNumber))
        {
            PlanDelivery(c, dayIndex, hallCode);
        }
    }

    private void PlanReview(string caseNumber, string department, string? reviewHall, int daysLeft, int dayIndex, string hallCode)
    {
        // 赋权: a task delegated to a sub-hall is decided by that hall's reviewer (reviewer-xy), not the department's.
        if (!actors.TryGetValue("reviewer-" + (reviewHall?.ToLowerInvariant() ?? department), out var reviewer))
        {
            return;
        }

        var roll = random.NextDouble();
        var after = random.Next(1, Math.Max(2, daysLeft + 3));
        var day = dayIndex + after;
        Func<ReviewTask, Task>? step = roll switch
        {
            < 0.08 => null, // still waiting: its light turns yellow, then red
            < 0.17 => t => services.GetRequiredService<SuspendReviewTask>().HandleAsync(reviewer, caseNumber, t.Version, "需现场勘验，勘验时间不计入审查期限", SuspensionKind.Inspection),
            < 0.21 => t => services.GetRequiredService<ReturnCaseForCorrection>().HandleAsync(reviewer, caseNumber, t.Version, "补充提交经营场所平面布局图"),
            < 0.31 => t => DecideAsync(t, false, "经审查，申请不符合法定条件：经营场所与申报内容不一致"),
            _ => t => DecideAsync(t, true, "材料齐全，符合法定条件，准予许可"),
        };
        if (step is null)
        {
            return;
        }

        // Two-step sign-off: the reviewer checks, the department's approver decides.
        async Task DecideAsync(ReviewTask t, bool approve, string opinion)
        {
            var signer = reviewer;
            if (t.RequiresSignOff && actors.TryGetValue("approver-" + department, out var approver))
            {
                await services.GetRequiredService<CheckReviewTask>().HandleAsync(reviewer, caseNumber, t.Version, approve, opinion);
                t = (await services.GetRequiredService<ReviewQueries>().CaseAsync(caseNumber))!.Case.Tasks.Single(x => x.DepartmentCode == department && !x.Decided);
                signer = approver;
            }

            await (approve
                ? services.GetRequiredService<ApproveReviewTask>().HandleAsync(signer, caseNumber, t.Version, opinion)
                : services.GetRequiredService<DenyReviewTask>().HandleAsync(signer, caseNumber, t.Version, opinion));
        }

        timeline.At(Morning(day, random.Next(0, 300)), async () =>
        {
            var task = (await services.GetRequiredService<ReviewQueries>().CaseAsync(caseNumber))?.Case.Tasks.SingleOrDefault(t => t.DepartmentCode == department);
            if (task is null)
            {
                return;
            }

            await step(task);
            if (roll is >= 0.08 and < 0.17 && random.NextDouble() < 0.3)
            {
                timeline.At(Morning(day + random.Next(2, 5), 60), async () =>
                {
                    var t = (await services.GetRequiredService<ReviewQueries>().CaseAsync(caseNumber))!.Case.TaskOf(department);
                    await services.GetRequiredService<ResumeReviewTask>().HandleAsync(reviewer, caseNumber, t.Version);
                    await FollowAsync(caseNumber, day + 4, hallCode);
                });
            }

            await FollowAsync(caseNumber, day, hallCode);
        });
    }

    private void PlanDelivery(Case c, int dayIndex, string hallCode)
    {
        var clerk = actors.GetValueOrDefault(hallCode == "AM" ? "clerk4" : hallCode == "XY" ? "clerk-xy1" : "clerk-sdg1");
        if (clerk is null)
        {
            return;
        }

        var roll = random.NextDouble();
        var day = dayIndex + random.Next(1, 4);
        var rating = random.NextDouble() < 0.45 ? RatingLevel() : (EvaluationLevel?)null;
        var number = c.CaseNumber;
        if (roll < 0.55)
        {
            // The demo's applicants are people: each collects in person, showing their own ID card.
            var shown = Collector.Applicant(c.ApplicantIdNumber[^4..]);
            timeline.At(Afternoon(day), () => services.GetRequiredService<DeliverCaseAtWindow>().HandleAsync(clerk, number, shown));
        }
        else if (roll < 0.8)
        {
            timeline.At(Afternoon(day), () => services.GetRequiredService<SendCaseByMail>().HandleAsync(
                new SendCaseByMail.Command(number, "黑龙江省牡丹江市爱民区向阳街道光华街 8 号", "中国邮政 EMS", $"11{random.Next(10_000_000, 99_999_999)}"), clerk));
            if (roll < 0.72)
            {
                timeline.At(Afternoon(day + 2), () => services.GetRequiredService<ConfirmMailDelivery>().HandleAsync(clerk, number));
            }
        }

        if (rating is { } level)
        {
            timeline.At(Afternoon(day).AddHours(2), () => RateAsync(c, level, day));
        }
    }

    private async Task RateAsync(Case c, EvaluationLevel level, int day)
    {
        var bad = level <= EvaluationLevel.Dissatisfied;
        var id = await services.GetRequiredService<SubmitEvaluation>().RateCaseAsync(c.EvaluationToken, c.ApplicantPhone[^4..],
            new SubmitEvaluation.Rating(level, bad ? ["办事效率", "办事指南精确度"] : null, bad ? "窗口让我跑了两趟，材料要求没有一次说清楚" : null));
        if (level <= EvaluationLevel.Dissatisfied && actors.TryGetValue("manager", out var manager))
        {
            timeline.At(Morning(day + 1, 90), async () =>
            {
                await using var db = await services.GetRequiredService<IDbContextFactory<HallDeskDbContext>>().CreateDbContextAsync();
                var order = await db.Rectifications.AsNoTracking().Where(r => r.EvaluationId == id).Select(r => r.Number).FirstOrDefaultAsync();
                if (order is not null)
                {
                    await services.GetRequiredService<FixRectification>().HandleAsync(manager, order, "已约谈窗口人员，重新梳理该事项一次性告知清单并张贴公示");
                }
            });
        }
    }

    public void PlanFeedback(DateOnly day)
    {
        var index = days.ToList().IndexOf(day);
        if (index % 3 != 1 || !actors.TryGetValue("manager", out var manager))
        {
            return;
        }

        var channel = EvaluationVocabulary.FeedbackChannels[random.Next(EvaluationVocabulary.FeedbackChannels.Count)];
        var kind = EvaluationVocabulary.FeedbackKinds[random.Next(EvaluationVocabulary.FeedbackKinds.Count)];
        timeline.At(Morning(index, 200), () => services.GetRequiredService<RecordFeedback>().HandleAsync(manager, "AM",
            new RecordFeedback.Command(channel, kind, "建议在大厅增加老年人休息座椅，并在取号机旁安排引导人员。", NextName(), "13904530000", "hall")));
    }

    /// <summary>Mostly satisfied; every seventh rating a bad one, which opens a rectification order.</summary>
    private EvaluationLevel RatingLevel()
    {
        var roll = random.NextDouble();
        return ++_ratings % 7 == 3 ? (roll < 0.7 ? EvaluationLevel.Dissatisfied : EvaluationLevel.VeryDissatisfied)
            : roll switch
            {
                < 0.1 => EvaluationLevel.Basic,
                < 0.35 => EvaluationLevel.Satisfied,
                _ => EvaluationLevel.VerySatisfied,
            };
    }

    /// <summary>A person of 爱民区 (region 231004) with a valid GB 11643 check character.</summary>
    private Applicant NextApplicant()
    {
        _people++;
        var birth = new DateOnly(1950, 1, 1).AddDays(random.Next(0, 365 * 50));
        var body = $"231004{birth:yyyyMMdd}{random.Next(100, 1000)}";
        var sum = body.Select((ch, i) => (ch - '0') * Weights[i]).Sum();
        var id = body + "10X98765432"[sum % 11];
        var phone = $"139{random.Next(0, 100_000_000):00000000}";
        return new Applicant(ApplicantKind.Person, NextName(), id, phone, null, null);
    }

    private string NextName() => Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)];

    /// <summary>09:00 plus some minutes on the history's day (a later index runs past the last day: never, as the timeline ends now).</summary>
    private DateTime Morning(int dayIndex, int minutes) =>
        DemoHistory.Utc(Day(dayIndex), (9 * 3600) + (minutes * 60));

    private DateTime Afternoon(int dayIndex) => DemoHistory.Utc(Day(dayIndex), (14 * 3600) + (random.Next(0, 120) * 60));

    private DateOnly Day(int index) => index < days.Count ? days[index] : DateOnly.FromDateTime(timeline.EndUtc).AddDays(1 + index);
}
