using HallDesk.Domain.Cases;
using HallDesk.Data;
using HallDesk.Web.Features.Evaluation;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Evaluation;

/// <summary>Visits and cases to rate, made through the real use cases.</summary>
internal static class EvaluationScenarios
{
    // 张建华 holds the licences 个体工商户设立登记 needs; the item is 即办, so the case concludes at once.
    private static readonly Applicant Zhang = new(ApplicantKind.Person, "张建华", "231004196803120310", "13812345678", null, null);
    private const string SoleTrader = "23100400SJ-XK-0002";

    /// <summary>The pad's address, as the audit log should name it.</summary>
    public const string PadAddress = "10.0.0.7";

    /// <summary>The tablet: anonymous, at its address.</summary>
    public static readonly Actor Pad = Actor.Anonymous(PadAddress, "评价器");

    /// <summary>Pairs a tablet to the counter as the hall does: the manager offers a code, the tablet redeems it. Returns the device secret.</summary>
    public static async Task<string> PairPadAsync(HallDeskFactory factory, int counter)
    {
        var offer = await factory.Get<OfferPadPairing>().HandleAsync(new OfferPadPairing.Command("AM", counter), await factory.ActorAsync("manager"));
        return (await factory.Get<PairPadDevice>().HandleAsync(new PairPadDevice.Command(offer.Code, null), Pad)).DeviceSecret;
    }

    /// <summary>The clerk opens the counter (again), a ticket is issued in the line, called there and finished; returns its number.</summary>
    public static async Task<string> FinishVisitAsync(HallDeskFactory factory, string clerkName, int counter, string line)
    {
        var clerk = await factory.ActorAsync(clerkName);
        await factory.Get<OpenCounter>().HandleAsync(clerk, "AM", counter);
        await factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", line, null, false), Actor.Anonymous(null, "test"));
        var number = await factory.Get<CallNextTicket>().HandleAsync(clerk)
            ?? throw new InvalidOperationException($"{counter}号窗口没有叫到号。");
        await factory.Get<FinishService>().HandleAsync(clerk);
        return number;
    }

    /// <summary>A concluded case; returns its number and the evaluation token printed on its receipt.</summary>
    public static async Task<(string CaseNumber, string Token)> ConcludedCaseAsync(HallDeskFactory factory)
    {
        var result = await factory.Get<TakeInApplication>().HandleAsync(
            new TakeInApplication.Command(Zhang, SoleTrader, ["application-gtgs"], IntakeDecision.Accept), await factory.ActorAsync("clerk1"));
        await using var db = await factory.DbAsync();
        var token = await db.Cases.Where(c => c.CaseNumber == result.CaseNumber).Select(c => c.EvaluationToken).SingleAsync();
        return (result.CaseNumber, token);
    }

    public static async Task<DateOnly> TodayAsync(HallDeskFactory factory)
    {
        await using var db = await factory.DbAsync();
        var hall = await db.Halls.SingleAsync(h => h.Code == "AM");
        return hall.LocalDate(factory.Clock.GetUtcNow().UtcDateTime);
    }

    public static async Task<List<Domain.Evaluations.Evaluation>> VisitEvaluationsAsync(HallDeskFactory factory, string ticket, DateOnly day)
    {
        await using var db = await factory.DbAsync();
        return await db.Evaluations.Where(e => e.HallCode == "AM" && e.TicketNumber == ticket && e.ServiceDate == day).ToListAsync();
    }

    public static async Task<(int Evaluations, int Rectifications)> CountAsync(HallDeskFactory factory)
    {
        await using var db = await factory.DbAsync();
        return (await db.Evaluations.CountAsync(), await db.Rectifications.CountAsync());
    }
}
