using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Domain.Cases;
using HallDesk.Domain.Evaluations;
using HallDesk.Web.Features.Evaluation;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Features.Evaluation.Manager;
using HallDesk.Web.Tests.Features.Intake;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static HallDesk.Web.Tests.Features.Evaluation.EvaluationScenarios;

namespace HallDesk.Web.Tests.Features.Evaluation;

/// <summary>
/// What a pad's rating is about: the ticket its own counter finished last, and the cases taken in during that
/// service only. Each clerk keeps one counter here: clerk1 → 3, clerk2 → 4, clerk3 → 6.
/// </summary>
public sealed class PadRatingTests : IClassFixture<HallDeskFactory>
{
    private static readonly SubmitEvaluation.Rating Bad = new(EvaluationLevel.Dissatisfied, ["服务态度"], "态度生硬");

    private readonly HallDeskFactory _factory;

    public PadRatingTests(HallDeskFactory factory) => _factory = factory;

    [Fact]
    public async Task PairedPadOfCounter3_CannotRateCounter4sTicket_Counter4sPadCan()
    {
        var pad3 = await PairPadAsync(_factory, 3);
        var pad4 = await PairPadAsync(_factory, 4);
        await FinishVisitAsync(_factory, "clerk1", 3, "A");
        var number = await FinishVisitAsync(_factory, "clerk2", 4, "D");

        var refused = await Assert.ThrowsAsync<DomainException>(() => _factory.Get<SubmitEvaluation>().RateVisitAsync(pad3, number, Bad, Pad));

        Assert.Equal(("Pad.TicketNotLastServed", 3), (refused.Key, refused.Args[1]));
        Assert.Empty(await VisitEvaluationsAsync(_factory, number, await TodayAsync(_factory)));
        await _factory.Get<SubmitEvaluation>().RateVisitAsync(pad4, number, Bad, Pad);
        Assert.Equal(4, Assert.Single(await VisitEvaluationsAsync(_factory, number, await TodayAsync(_factory))).CounterNumber);
    }

    [Fact]
    public async Task Pad_CannotRateAnEarlierTicketOfItsCounter_OnceTheNextIsFinished()
    {
        var pad = await PairPadAsync(_factory, 3);
        var earlier = await FinishVisitAsync(_factory, "clerk1", 3, "C");
        var latest = await FinishVisitAsync(_factory, "clerk1", 3, "C");

        await Assert.ThrowsAsync<DomainException>(() => _factory.Get<SubmitEvaluation>().RateVisitAsync(pad, earlier, Bad, Pad));

        Assert.Empty(await VisitEvaluationsAsync(_factory, earlier, await TodayAsync(_factory)));
        await _factory.Get<SubmitEvaluation>().RateVisitAsync(pad, latest, Bad, Pad);
    }

    [Fact]
    public async Task SecondServiceOfATicket_RatingCoversNoCaseOfTheFirst_ChargedToCounterAndClerk_NotToTheDepartment()
    {
        var pad4 = await PairPadAsync(_factory, 4);
        var clerk1 = await _factory.ActorAsync("clerk1");
        var clerk2 = await _factory.ActorAsync("clerk2");
        await _factory.Get<OpenCounter>().HandleAsync(clerk1, "AM", 3);
        await _factory.Get<OpenCounter>().HandleAsync(clerk2, "AM", 4);
        await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", "A", null, false), Actor.Anonymous(null, "test"));
        var number = await _factory.Get<CallNextTicket>().HandleAsync(clerk1);
        // First service, at counter 3: 张建华's case (市场监管); then the ticket goes on to counter 4.
        var first = await TakeInAsync(clerk1, RatedCases.Zhang, RatedCases.SoleTrader, ["application-gtgs"]);
        await _factory.Get<TransferTicket>().HandleAsync(clerk1, new TransferTicket.Command(null, 4));
        _factory.Clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(number, await _factory.Get<CallNextTicket>().HandleAsync(clerk2));

        var finished = await _factory.Get<FinishService>().HandleAsync(clerk2);
        await _factory.Get<SubmitEvaluation>().RateVisitAsync(pad4, number!, Bad, Pad);

        Assert.Empty(finished.Cases);
        var rating = Assert.Single(await VisitEvaluationsAsync(_factory, number!, await TodayAsync(_factory)));
        Assert.Empty(rating.CoveredCases);
        Assert.Null(rating.CaseNumber);
        Assert.Null(rating.DepartmentCode);
        Assert.Empty(rating.DepartmentCodes);
        Assert.Null(rating.ContactPhone);
        Assert.Equal((4, "李建国"), (rating.CounterNumber, rating.ClerkName));
        await using var db = await _factory.DbAsync();
        Assert.Equal(ManagerEvaluationQueries.HallDepartment, (await db.Rectifications.SingleAsync(r => r.EvaluationId == rating.Id)).DepartmentCode);
        Assert.False(await db.Evaluations.AnyAsync(e => e.CaseNumber == first));
    }

    [Fact]
    public async Task ServiceWithTwoCases_FinishListsBoth_TheRatingCoversBoth_AndItsAuditRowHasThePadsAddress()
    {
        var pad = await PairPadAsync(_factory, 6);
        var clerk = await _factory.ActorAsync("clerk3");
        await _factory.Get<OpenCounter>().HandleAsync(clerk, "AM", 6);
        await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", "C", null, false), Actor.Anonymous(null, "test"));
        var number = (await _factory.Get<CallNextTicket>().HandleAsync(clerk))!;
        var zhang = await TakeInAsync(clerk, RatedCases.Zhang, RatedCases.SoleTrader, ["application-gtgs"]);
        var hongfu = await TakeInAsync(clerk, IntakeAndReviewTests.Hongfu, RatedCases.Signboard, ["application-hwzp", "signboard-design"], commitment: true);

        var finished = await _factory.Get<FinishService>().HandleAsync(clerk);
        await _factory.Get<SubmitEvaluation>().RateVisitAsync(pad, number, new SubmitEvaluation.Rating(EvaluationLevel.Satisfied, null, null), Pad);

        Assert.Equal([zhang, hongfu], finished.Cases.Select(c => c.CaseNumber));
        var rating = Assert.Single(await VisitEvaluationsAsync(_factory, number, await TodayAsync(_factory)));
        Assert.Equal([zhang, hongfu], rating.CoveredCases);
        Assert.Empty(rating.DepartmentCodes);
        // Two applicants, two phones, none left at the kiosk: no one to call back by name.
        Assert.Null(rating.ContactPhone);
        await using var db = await _factory.DbAsync();
        var audit = await db.AuditEntries.Where(a => a.Action == "evaluation").OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal(PadAddress, audit.Address);
        Assert.Equal($"AM/{number}", audit.Subject);
        Assert.Contains(zhang, audit.Details, StringComparison.Ordinal);
        Assert.Contains(hongfu, audit.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlineRatingOfABundle_IsChargedToEveryDepartmentOfIt_InTheFigures_AndAuditedWithTheAddress()
    {
        // 开办餐饮店: 市场监管, 城管, 消防, 住建 each have a part.
        var bundle = await TakeInAsync(await _factory.ActorAsync("clerk4"), IntakeAndReviewTests.Hongfu, "YJS-0002",
            ["id-card", "legal-rep-id", "application-gtgs", "application-spjy", "equipment-layout-spjy", "food-safety-rules-spjy", "application-hwzp",
             "signboard-design", "application-xfjc", "commitment-xfjc", "fire-safety-rules", "application-ps", "drainage-plan"]);
        string token;
        await using (var db = await _factory.DbAsync())
        {
            token = await db.Cases.Where(c => c.CaseNumber == bundle).Select(c => c.EvaluationToken).SingleAsync();
        }

        await _factory.Get<SubmitEvaluation>().RateCaseAsync(token, "4321", new SubmitEvaluation.Rating(EvaluationLevel.VerySatisfied, null, null), EvaluationChannel.QrCode, "192.0.2.9");

        await using (var db = await _factory.DbAsync())
        {
            var rating = await db.Evaluations.SingleAsync(e => e.CaseNumber == bundle);
            Assert.Equal(["cg", "scjg", "xf", "zj"], rating.DepartmentCodes.Order());
            Assert.Equal("192.0.2.9", (await db.AuditEntries.SingleAsync(a => a.Action == "evaluation" && a.Subject == bundle)).Address);
        }

        var now = _factory.Clock.GetUtcNow().UtcDateTime;
        var (_, rows) = await _factory.Get<EvaluationQueries>().FiguresAsync("AM", now.AddHours(-1), now.AddHours(1), FigureDimension.Department);
        Assert.All(["城管", "市场监管", "消防", "住建"], name => Assert.Contains(rows, r => r.Key.Contains(name, StringComparison.Ordinal) && r.Figures.Total >= 1));
    }

    private async Task<string> TakeInAsync(Actor clerk, Applicant applicant, string item, string[] materials, bool commitment = false)
    {
        var result = await _factory.Get<TakeInApplication>().HandleAsync(
            new TakeInApplication.Command(applicant, item, materials, IntakeDecision.Accept, Commitment: commitment), clerk);
        return result.CaseNumber;
    }
}
