using HallDesk.Domain.Calendar;

namespace HallDesk.Domain.Tests.Calendar;

public class WorkCalendarTests
{
    private static readonly WorkCalendar Year2026 = NationalHolidays.Calendar2026();

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-01-01")] // 元旦, Thu
    [InlineData("2026-01-02")] // Fri
    [InlineData("2026-01-03")] // Sat
    [InlineData("2026-02-15")] // 春节, Sun … Mon 23rd
    [InlineData("2026-02-16")]
    [InlineData("2026-02-17")]
    [InlineData("2026-02-18")]
    [InlineData("2026-02-19")]
    [InlineData("2026-02-20")]
    [InlineData("2026-02-21")]
    [InlineData("2026-02-22")]
    [InlineData("2026-02-23")]
    [InlineData("2026-04-04")] // 清明, Sat … Mon
    [InlineData("2026-04-05")]
    [InlineData("2026-04-06")]
    [InlineData("2026-05-01")] // 劳动节, Fri … Tue
    [InlineData("2026-05-02")]
    [InlineData("2026-05-03")]
    [InlineData("2026-05-04")]
    [InlineData("2026-05-05")]
    [InlineData("2026-06-19")] // 端午, Fri … Sun
    [InlineData("2026-06-20")]
    [InlineData("2026-06-21")]
    [InlineData("2026-09-25")] // 中秋, Fri … Sun
    [InlineData("2026-09-26")]
    [InlineData("2026-09-27")]
    [InlineData("2026-10-01")] // 国庆, Thu … Wed
    [InlineData("2026-10-02")]
    [InlineData("2026-10-03")]
    [InlineData("2026-10-04")]
    [InlineData("2026-10-05")]
    [InlineData("2026-10-06")]
    [InlineData("2026-10-07")]
    public void IsWorkingDay_PublicHoliday2026_IsFalse(string day)
    {
        Assert.False(Year2026.IsWorkingDay(Day(day)));
    }

    [Theory]
    [InlineData("2026-01-04")] // Sun, 元旦调休
    [InlineData("2026-02-14")] // Sat, 春节调休
    [InlineData("2026-02-28")] // Sat, 春节调休
    [InlineData("2026-05-09")] // Sat, 劳动节调休
    [InlineData("2026-09-20")] // Sun, 国庆调休
    [InlineData("2026-10-10")] // Sat, 国庆调休
    public void IsWorkingDay_MakeUpWeekendDay2026_IsTrue(string day)
    {
        Assert.True(Year2026.IsWorkingDay(Day(day)));
    }

    [Theory]
    [InlineData("2026-03-07")] // Sat
    [InlineData("2026-03-08")] // Sun
    [InlineData("2026-01-10")] // Sat, the weekend after the 元旦 make-up Sunday
    public void IsWorkingDay_OrdinaryWeekend_IsFalse(string day)
    {
        Assert.False(Year2026.IsWorkingDay(Day(day)));
    }

    [Theory]
    [InlineData("2026-03-09")] // Mon
    [InlineData("2026-02-13")] // Fri before 春节
    [InlineData("2026-10-08")] // Thu after 国庆
    public void IsWorkingDay_OrdinaryWeekday_IsTrue(string day)
    {
        Assert.True(Year2026.IsWorkingDay(Day(day)));
    }

    [Fact]
    public void AddWorkingDays_AcrossNationalDay_SkipsHolidaysAndCountsMakeUpSaturday()
    {
        // From Wed 09-30: Oct 1–7 off, Oct 8 (Thu) 1, Oct 9 (Fri) 2, Oct 10 (Sat, make-up) 3,
        // Oct 11 (Sun) off, Oct 12 (Mon) 4, Oct 13 (Tue) 5.
        Assert.Equal(Day("2026-10-13"), Year2026.AddWorkingDays(Day("2026-09-30"), 5));
    }

    [Fact]
    public void AddWorkingDays_AcrossSpringFestival_CountsMakeUpSaturdayBeforeIt()
    {
        // From Thu 02-12: Feb 13 (Fri) 1, Feb 14 (Sat, make-up) 2, Feb 15–23 off, Feb 24 (Tue) 3.
        Assert.Equal(Day("2026-02-24"), Year2026.AddWorkingDays(Day("2026-02-12"), 3));
    }

    [Fact]
    public void AddWorkingDays_AcrossLabourDay_CountsMakeUpSaturdayAfterIt()
    {
        // From Thu 04-30: May 1–5 off, May 6 (Wed) 1, 7 (Thu) 2, 8 (Fri) 3, 9 (Sat, make-up) 4, 10 Sun off, 11 (Mon) 5.
        Assert.Equal(Day("2026-05-11"), Year2026.AddWorkingDays(Day("2026-04-30"), 5));
    }

    [Fact]
    public void AddWorkingDays_OrdinaryWeek_SkipsWeekend()
    {
        // From Thu 03-05: Fri 06 1, Sat/Sun off, Mon 09 2.
        Assert.Equal(Day("2026-03-09"), Year2026.AddWorkingDays(Day("2026-03-05"), 2));
    }

    [Fact]
    public void AddWorkingDays_StartingOnHoliday_CountsFromTheNextWorkingDay()
    {
        // From Sat 10-03 (holiday): Oct 4–7 off, Oct 8 (Thu) 1.
        Assert.Equal(Day("2026-10-08"), Year2026.AddWorkingDays(Day("2026-10-03"), 1));
    }

    [Theory]
    [InlineData("2026-03-09")]
    [InlineData("2026-10-03")] // even on a holiday: nothing to count
    public void AddWorkingDays_Zero_ReturnsSameDay(string day)
    {
        Assert.Equal(Day(day), Year2026.AddWorkingDays(Day(day), 0));
    }

    [Fact]
    public void AddWorkingDays_Negative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Year2026.AddWorkingDays(Day("2026-03-09"), -1));
    }

    [Fact]
    public void WorkingDaysBetween_AcrossNationalDay_CountsDaysAfterStartUpToEnd()
    {
        // After Wed 09-30 up to Tue 10-13: Oct 8, 9, 10 (make-up), 12, 13.
        Assert.Equal(5, Year2026.WorkingDaysBetween(Day("2026-09-30"), Day("2026-10-13")));
    }

    [Theory]
    [InlineData("2026-03-09", "2026-03-09")]
    [InlineData("2026-03-10", "2026-03-09")]
    public void WorkingDaysBetween_EndNotAfterStart_IsZero(string from, string to)
    {
        Assert.Equal(0, Year2026.WorkingDaysBetween(Day(from), Day(to)));
    }

    [Fact]
    public void WorkingDaysLeft_DeadlineAhead_IsPositive()
    {
        // From Fri 09-18 to Wed 09-23: Sep 20 (Sun, make-up) 1, Mon 21 2, Tue 22 3, Wed 23 4.
        Assert.Equal(4, Year2026.WorkingDaysLeft(Day("2026-09-18"), Day("2026-09-23")));
    }

    [Fact]
    public void WorkingDaysLeft_OnTheDeadline_IsZero()
    {
        Assert.Equal(0, Year2026.WorkingDaysLeft(Day("2026-10-13"), Day("2026-10-13")));
    }

    [Fact]
    public void WorkingDaysLeft_Overdue_IsNegativeCountOfWorkingDaysPast()
    {
        // Deadline Tue 10-13, today Thu 10-15: Wed 14 and Thu 15 are past → −2.
        Assert.Equal(-2, Year2026.WorkingDaysLeft(Day("2026-10-15"), Day("2026-10-13")));
    }

    [Fact]
    public void WorkingDaysLeft_OverdueAcrossHoliday_SkipsHolidays()
    {
        // Deadline Wed 09-30, today Thu 10-08: Oct 1–7 off, Oct 8 past → −1.
        Assert.Equal(-1, Year2026.WorkingDaysLeft(Day("2026-10-08"), Day("2026-09-30")));
    }

    [Fact]
    public void Constructor_DayBothHolidayAndMakeUpWorkday_Throws()
    {
        var day = Day("2026-10-01");

        var ex = Assert.Throws<DomainException>(() => new WorkCalendar([day], [day]));

        Assert.Contains("2026-10-01", ex.Message);
    }

    [Fact]
    public void IsWorkingDay_HolidayOnWeekday_IsFalseAndMakeUpOnWeekend_IsTrue()
    {
        // A hand-made calendar, so the rule is seen apart from the 2026 data.
        var calendar = new WorkCalendar([Day("2030-03-13")], [Day("2030-03-16")]); // Wed off, Sat works

        Assert.False(calendar.IsWorkingDay(Day("2030-03-13")));
        Assert.True(calendar.IsWorkingDay(Day("2030-03-16")));
        Assert.False(calendar.IsWorkingDay(Day("2030-03-17"))); // the Sunday stays off
    }
}
