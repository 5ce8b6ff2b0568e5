using HallDesk.Domain.Evaluations;
using HallDesk.Web.Features.Evaluation;
using HallDesk.Web.Tests.Features.Intake;

namespace HallDesk.Web.Tests.Features.Evaluation.Manager;

/// <summary>An order opened on 2026-09-30, the eve of the National Day holidays: its working days follow the calendar.</summary>
public sealed class RectificationDeadlineTests : IClassFixture<NationalDayEveFactory>
{
    private readonly NationalDayEveFactory _factory;

    public RectificationDeadlineTests(NationalDayEveFactory factory) => _factory = factory;

    [Fact]
    public async Task Deadline_SkipsTheHolidaysAndCountsTheMakeUpSaturday_OverdueTheDayAfter_ClosedLateIsNotOnTime()
    {
        var order = await RatedCases.BadRatingAsync(_factory);
        var queries = _factory.Get<EvaluationQueries>();

        // Oct 1–7 off; Oct 8 (1), Oct 9 (2), Sat Oct 10 make-up workday (3), Oct 12 (4), Oct 13 (5).
        Assert.Equal(new DateOnly(2026, 10, 13), order.Deadline);
        _factory.Clock.SetUtcNow(new DateTimeOffset(2026, 10, 13, 15, 0, 0, TimeSpan.Zero)); // 23:00 on the deadline day
        Assert.False(Overdue(await queries.RectificationsAsync("AM", openOnly: true), order.Number));
        _factory.Clock.SetUtcNow(new DateTimeOffset(2026, 10, 13, 16, 30, 0, TimeSpan.Zero)); // 00:30 the day after
        Assert.True(Overdue(await queries.RectificationsAsync("AM", openOnly: true), order.Number));
        Assert.Equal(1, await queries.OverdueRectificationsAsync("AM"));

        var manager = await _factory.ActorAsync("manager");
        await _factory.Get<VerifyRectification>().HandleAsync(manager, order.Number, true, "属实");
        await _factory.Get<FixRectification>().HandleAsync(manager, order.Number, "加强窗口人员培训");
        await _factory.Get<RecordCallBack>().HandleAsync(manager, order.Number, false, "两次电话未接通", null);
        await _factory.Get<CloseRectification>().HandleAsync(manager, order.Number);

        var closed = await RatedCases.OrderAsync(_factory, order.Number);
        Assert.Equal(RectificationStatus.Closed, closed.Status);
        Assert.Null(closed.SatisfiedAfter);
        Assert.False(closed.ClosedOnTime);
    }

    private static bool Overdue(IReadOnlyList<RectificationRow> rows, string number) => rows.Single(r => r.Order.Number == number).Overdue;
}
