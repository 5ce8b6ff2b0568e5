using HallDesk.Data;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Features.Review;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Review;

/// <summary>A case's applicant hears of each step by SMS, queued in the step's own write: accepted, correction, concluded (with the rating link, once), mailed.</summary>
public sealed class CaseNoticesTests(HallDeskFactory factory) : IClassFixture<HallDeskFactory>
{
    private async Task<SmsMessage[]> NoticesAsync(string phone)
    {
        await using var db = await factory.DbAsync();
        return await db.SmsOutbox.AsNoTracking().Where(m => m.Phone == phone).OrderBy(m => m.Id).ToArrayAsync();
    }

    private async Task<Case> LoadAsync(string number)
    {
        await using var db = await factory.DbAsync();
        return await db.Cases.Include(c => c.Tasks).AsNoTracking().SingleAsync(c => c.CaseNumber == number);
    }

    private async Task<string> TakeInAsync(string phone, IntakeDecision decision)
    {
        var applicant = new Applicant(ApplicantKind.Person, "张三", "11010519491231002X", phone, null, null);
        var selection = (await factory.Get<CatalogQueries>().SelectAsync(ReviewCases.FoodLicence))!;
        var keys = decision == IntakeDecision.Accept ? selection.Checklist.Select(l => l.Key).ToList() : [selection.Checklist[0].Key];
        var result = await factory.Get<TakeInApplication>().HandleAsync(
            new TakeInApplication.Command(applicant, ReviewCases.FoodLicence, keys, decision), await factory.ActorAsync("clerk1"));
        return result.CaseNumber;
    }

    [Fact]
    public async Task Case_AcceptedConcludedMailed_SendsEachNoticeOnce_TheRatingLinkOnlyAtTheConclusion()
    {
        const string phone = "13600005001";
        var number = await TakeInAsync(phone, IntakeDecision.Accept);

        var accepted = Assert.Single(await NoticesAsync(phone));
        var c = await LoadAsync(number);
        Assert.Equal(("CaseAccepted", number), (accepted.Kind, accepted.Subject));
        Assert.Contains($"办件号{number}", accepted.Text, StringComparison.Ordinal);
        Assert.Contains($"{c.PromisedDate!.Value.Month}月{c.PromisedDate.Value.Day}日前办结", accepted.Text, StringComparison.Ordinal);
        Assert.Contains($"/progress?case={number}", accepted.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("/evaluate/", accepted.Text, StringComparison.Ordinal);

        var task = c.Tasks.Single();
        await factory.Get<ApproveReviewTask>().HandleAsync(await factory.ActorAsync($"reviewer-{task.DepartmentCode}"), number, task.Version, "符合条件");

        var concluded = (await NoticesAsync(phone))[1];
        Assert.Equal("CaseConcluded", concluded.Kind);
        Assert.Contains("已办结", concluded.Text, StringComparison.Ordinal);
        Assert.Contains("领取", concluded.Text, StringComparison.Ordinal);
        Assert.Contains($"/evaluate/{c.EvaluationToken}", concluded.Text, StringComparison.Ordinal);

        await factory.Get<SendCaseByMail>().HandleAsync(new(number, "爱民区东关街 18 号", "中国邮政 EMS", "1180000000077"), await factory.ActorAsync("clerk1"));
        await factory.Get<ConfirmMailDelivery>().HandleAsync(await factory.ActorAsync("clerk1"), number);

        var all = await NoticesAsync(phone);
        Assert.Equal(["CaseAccepted", "CaseConcluded", "CaseDelivered"], all.Select(m => m.Kind));
        Assert.Contains("中国邮政 EMS", all[2].Text, StringComparison.Ordinal);
        Assert.Contains("运单号1180000000077", all[2].Text, StringComparison.Ordinal);
        Assert.Single(all, m => m.Text.Contains("/evaluate/", StringComparison.Ordinal));
        Assert.All(all, m => Assert.StartsWith("【爱民区政务服务中心】", m.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Case_NeedingCorrectionAtIntake_SendsTheCorrectionNotice_NotAnAcceptance()
    {
        const string phone = "13600005002";
        var number = await TakeInAsync(phone, IntakeDecision.Correction);

        var notice = Assert.Single(await NoticesAsync(phone));
        Assert.Equal("CaseCorrection", notice.Kind);
        Assert.Contains($"{number}需补正材料", notice.Text, StringComparison.Ordinal);
        Assert.Equal(CaseStatus.AwaitingCorrection, (await LoadAsync(number)).Status);
    }

    [Fact]
    public async Task Step_RefusedByItsRule_QueuesNoNotice()
    {
        const string phone = "13600005003";
        var number = await TakeInAsync(phone, IntakeDecision.Accept);
        var clerk = await factory.ActorAsync("clerk1");

        // Not concluded yet: mailing is refused, and nothing is queued with it.
        await Assert.ThrowsAsync<HallDesk.Domain.DomainException>(() =>
            factory.Get<SendCaseByMail>().HandleAsync(new(number, "爱民区东关街 18 号", "中国邮政 EMS", "1180000000078"), clerk));

        Assert.Equal(["CaseAccepted"], (await NoticesAsync(phone)).Select(m => m.Kind));
    }
}
