using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Features.Review;
using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.Features.Intake;

/// <summary>The app's clock stands on 2026-09-30 10:00 in Shanghai, the day before the National Day holidays.</summary>
public sealed class NationalDayEveFactory : HallDeskFactory
{
    public NationalDayEveFactory()
        : base(new DateTimeOffset(2026, 9, 30, 2, 0, 0, TimeSpan.Zero))
    {
    }
}

public sealed class HolidayDeadlineTests : IClassFixture<NationalDayEveFactory>
{
    private readonly NationalDayEveFactory _factory;

    public HolidayDeadlineTests(NationalDayEveFactory factory) => _factory = factory;

    [Fact]
    public async Task Accept_BeforeNationalDay_PromisedDateSkipsHolidaysAndCountsMakeUpSaturday()
    {
        // +3 working days from Wed 2026-09-30: Oct 1–7 off, Oct 8 (1), Oct 9 (2), Sat Oct 10 is a make-up workday (3).
        var result = await IntakeAndReviewTests.TakeInAsync(_factory, IntakeAndReviewTests.Hongfu, IntakeAndReviewTests.Signboard,
            ["application-hwzp", "signboard-design"], IntakeDecision.Accept);

        Assert.Equal(CaseStatus.UnderReview, result.Status);
        Assert.Equal(new DateOnly(2026, 10, 10), result.PromisedDate);
        var inbox = await _factory.Get<ReviewQueries>().InboxAsync(new InboxQuery("cg", InboxFilter.Open, null, result.CaseNumber, 0, 20));
        var row = Assert.Single(inbox.Rows);
        // Seen on Sep 30: Oct 8, 9 and 10 are the working days left.
        Assert.Equal(3, row.WorkingDaysLeft);
        Assert.Equal(DeadlineLight.Green, row.Light);
    }

    [Fact]
    public async Task Inbox_TwoWorkingDaysLeft_IsYellow_PastTheDeadline_IsRed()
    {
        var result = await IntakeAndReviewTests.TakeInAsync(_factory, IntakeAndReviewTests.Hongfu, IntakeAndReviewTests.Signboard,
            ["application-hwzp", "signboard-design"], IntakeDecision.Accept);

        _factory.Clock.SetUtcNow(new DateTimeOffset(2026, 10, 8, 2, 0, 0, TimeSpan.Zero));
        var yellow = (await _factory.Get<ReviewQueries>().InboxAsync(new InboxQuery("cg", InboxFilter.Open, null, result.CaseNumber, 0, 20))).Rows.Single();
        _factory.Clock.SetUtcNow(new DateTimeOffset(2026, 10, 12, 2, 0, 0, TimeSpan.Zero));
        var red = (await _factory.Get<ReviewQueries>().InboxAsync(new InboxQuery("cg", InboxFilter.Open, null, result.CaseNumber, 0, 20))).Rows.Single();

        Assert.Equal(DeadlineLight.Yellow, yellow.Light);
        Assert.Equal(DeadlineLight.Red, red.Light);
        Assert.Equal(-1, red.WorkingDaysLeft);
    }
}
