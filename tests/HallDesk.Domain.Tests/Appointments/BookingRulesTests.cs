using HallDesk.Domain.Appointments;
using HallDesk.Domain.Calendar;

namespace HallDesk.Domain.Tests.Appointments;

public class BookingRulesTests
{
    private static readonly WorkCalendar Year2026 = NationalHolidays.Calendar2026();

    /// <summary>Wednesday before 国庆节 (Oct 1–7 off, Sat Oct 10 worked).</summary>
    private static readonly DateOnly BeforeNationalDay = new(2026, 9, 30);

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-10-08")] // 1st working day: Thu after the holiday
    [InlineData("2026-10-10")] // 3rd: the make-up Saturday
    [InlineData("2026-10-13")] // 5th: Tue
    public void DateProblem_WithinFiveWorkingDaysAcrossHoliday_IsNull(string date) =>
        Assert.Null(BookingRules.DateProblem(Year2026, BeforeNationalDay, Day(date), 5));

    [Theory]
    [InlineData("2026-09-30")] // today
    [InlineData("2026-09-29")] // past
    [InlineData("2026-10-01")] // holiday
    [InlineData("2026-10-11")] // Sunday
    [InlineData("2026-10-14")] // 6th working day
    public void DateProblem_TodayHolidayWeekendOrTooFar_GivesReason(string date)
    {
        var problem = BookingRules.DateProblem(Year2026, BeforeNationalDay, Day(date), 5);

        Assert.StartsWith("Booking.", problem?.Key);
    }

    [Fact]
    public void BookableDays_AcrossHoliday_SkipsDaysOffAndCountsMakeUpDay() =>
        Assert.Equal(
            [Day("2026-10-08"), Day("2026-10-09"), Day("2026-10-10"), Day("2026-10-12"), Day("2026-10-13")],
            BookingRules.BookableDays(Year2026, BeforeNationalDay, 5));

    [Fact]
    public void DateProblem_DaysAheadIsAParameter()
    {
        Assert.Null(BookingRules.DateProblem(Year2026, BeforeNationalDay, Day("2026-10-08"), 1));
        Assert.NotNull(BookingRules.DateProblem(Year2026, BeforeNationalDay, Day("2026-10-09"), 1));
    }

    [Fact]
    public void EnsureNoOtherBooking_SamePersonLineAndDay_Throws()
    {
        var existing = new AppointmentBuilder().Build();

        var ex = Assert.Throws<DomainException>(() => BookingRules.EnsureNoOtherBooking([existing], "H01", "A", existing.Date));

        Assert.Equal("Booking.AlreadyBooked", ex.Key);
    }

    [Fact]
    public void EnsureNoOtherBooking_OtherLineOtherDayOrCancelled_Allows()
    {
        var existing = new AppointmentBuilder().Build();
        var cancelled = new AppointmentBuilder().ForLine("B").Build();
        cancelled.Cancel(new DateTime(2026, 12, 1, 9, 0, 0));

        BookingRules.EnsureNoOtherBooking([existing, cancelled], "H01", "B", existing.Date);
        BookingRules.EnsureNoOtherBooking([existing], "H01", "A", existing.Date.AddDays(1));
        BookingRules.EnsureNoOtherBooking([existing], "H02", "A", existing.Date);
    }

    [Fact]
    public void EnsureSlotHasRoom_AtCapacity_Throws()
    {
        var slot = new Slot(new TimeOnly(9, 30), 4);

        BookingRules.EnsureSlotHasRoom(slot, 3);
        var ex = Assert.Throws<DomainException>(() => BookingRules.EnsureSlotHasRoom(slot, 4));
        Assert.Contains("09:30", ex.Message);
    }

    [Fact]
    public void BlockedUntil_ThreeNoShowsSpanning89Days_BlocksUntil30DaysAfterTheLast()
    {
        DateOnly[] noShows = [Day("2026-01-01"), Day("2026-02-15"), Day("2026-03-31")]; // 89 days apart

        Assert.Equal(Day("2026-04-30"), BookingRules.BlockedUntil(noShows, Day("2026-03-31"), 3, 90, 30));
        Assert.Equal(Day("2026-04-30"), BookingRules.BlockedUntil(noShows, Day("2026-04-29"), 3, 90, 30));
    }

    [Fact]
    public void BlockedUntil_OnTheDayTheBlockEnds_IsNull()
    {
        DateOnly[] noShows = [Day("2026-01-01"), Day("2026-02-15"), Day("2026-03-31")];

        Assert.Null(BookingRules.BlockedUntil(noShows, Day("2026-04-30"), 3, 90, 30));
    }

    [Fact]
    public void BlockedUntil_ThreeNoShowsSpanning90Days_IsNull()
    {
        DateOnly[] noShows = [Day("2025-12-31"), Day("2026-02-15"), Day("2026-03-31")]; // 90 days apart: 91 calendar days

        Assert.Null(BookingRules.BlockedUntil(noShows, Day("2026-04-01"), 3, 90, 30));
    }

    [Fact]
    public void BlockedUntil_TwoNoShows_IsNull() =>
        Assert.Null(BookingRules.BlockedUntil([Day("2026-03-30"), Day("2026-03-31")], Day("2026-04-01"), 3, 90, 30));

    [Fact]
    public void BlockedUntil_NumbersAreParameters()
    {
        DateOnly[] noShows = [Day("2026-03-30"), Day("2026-03-31")];

        Assert.Equal(Day("2026-04-07"), BookingRules.BlockedUntil(noShows, Day("2026-04-01"), 2, 7, 7));
    }

    [Fact]
    public void EnsureNotBlocked_WhenBlocked_ThrowsWithTheEndDate()
    {
        DateOnly[] noShows = [Day("2026-03-01"), Day("2026-03-10"), Day("2026-03-20")];

        var ex = Assert.Throws<DomainException>(() => BookingRules.EnsureNotBlocked(noShows, Day("2026-03-21"), 3, 90, 30));

        Assert.Contains("2026-04-19", ex.Message);
    }
}
