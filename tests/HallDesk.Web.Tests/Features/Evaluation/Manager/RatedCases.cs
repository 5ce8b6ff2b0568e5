using HallDesk.Domain.Cases;
using HallDesk.Domain.Evaluations;
using HallDesk.Web.Features.Evaluation;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Tests.Features.Intake;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Evaluation.Manager;

/// <summary>Cases taken in at the counter and rated online by their receipt's token, as citizens do.</summary>
internal static class RatedCases
{
    /// <summary>个体工商户设立登记 (市场监管), 即办: concluded at once.</summary>
    public const string SoleTrader = "23100400SJ-XK-0002";

    /// <summary>户外招牌设置审批 (城管), concluded at once under 承诺备案.</summary>
    public const string Signboard = "23100400CG-XK-0001";

    // 张建华 holds 居民身份证 in the demo 电子证照 table.
    public static readonly Applicant Zhang = new(ApplicantKind.Person, "张建华", "231004196803120310", "13812345678", null, null);

    public static async Task<string> AcceptAsync(HallDeskFactory factory, string item)
    {
        var command = item == Signboard
            ? new TakeInApplication.Command(IntakeAndReviewTests.Hongfu, Signboard, ["application-hwzp", "signboard-design"], IntakeDecision.Accept, Commitment: true)
            : new TakeInApplication.Command(Zhang, SoleTrader, ["application-gtgs"], IntakeDecision.Accept);
        var result = await factory.Get<TakeInApplication>().HandleAsync(command, await factory.ActorAsync("clerk1"));
        Assert.Equal(CaseStatus.Concluded, result.Status);
        return result.CaseNumber;
    }

    /// <summary>Takes in a case of <paramref name="item"/> and rates it; a bad level names what failed, as the form requires.</summary>
    public static async Task<(string CaseNumber, long EvaluationId)> RateAsync(HallDeskFactory factory, string item, EvaluationLevel level)
    {
        var number = await AcceptAsync(factory, item);
        string token;
        await using (var db = await factory.DbAsync())
        {
            token = await db.Cases.Where(c => c.CaseNumber == number).Select(c => c.EvaluationToken).SingleAsync();
        }

        var rating = EvaluationTerms.IsBad(level) ? new SubmitEvaluation.Rating(level, ["办事效率"], "等了很久") : new SubmitEvaluation.Rating(level, null, null);
        return (number, await factory.Get<SubmitEvaluation>().RateCaseAsync(token, item == Signboard ? "4321" : "5678", rating));
    }

    /// <summary>A bad rating and the rectification order it opened.</summary>
    public static async Task<Rectification> BadRatingAsync(HallDeskFactory factory, string item = SoleTrader)
    {
        var (_, id) = await RateAsync(factory, item, EvaluationLevel.Dissatisfied);
        return await OrderAsync(factory, await NumberOfAsync(factory, id));
    }

    public static async Task<Rectification> OrderAsync(HallDeskFactory factory, string number)
    {
        await using var db = await factory.DbAsync();
        return await db.Rectifications.AsNoTracking().SingleAsync(r => r.Number == number);
    }

    private static async Task<string> NumberOfAsync(HallDeskFactory factory, long evaluationId)
    {
        await using var db = await factory.DbAsync();
        return await db.Rectifications.Where(r => r.EvaluationId == evaluationId).Select(r => r.Number).SingleAsync();
    }
}
