using HallDesk.Domain.Calendar;

namespace HallDesk.Domain.Tests.Calendar;

/// <summary>Holidays are data per year: past the years entered, only weekends are skipped and the date says so.</summary>
public class WorkCalendarBeyondYearTests
{
    private static readonly WorkCalendar Only2026 = NationalHolidays.Calendar2026();

    [Fact]
    public void AddWorkingDays_LastDayOf2026_WithoutThe2027Schedule_CountsWeekendsOnly_AndIsMarked()
    {
        var day = Only2026.AddWorkingDays(new DateOnly(2026, 12, 31), 1);

        // 2027-01-01 is a Friday: with no 2027 schedule in the data it is a working day, and the date is provisional.
        Assert.Equal(new DateOnly(2027, 1, 1), day);
        Assert.True(Only2026.CountedOnWeekendsOnly(new DateOnly(2026, 12, 31), day));
    }

    [Fact]
    public void AddWorkingDays_LastDayOf2026_OnceThe2027ScheduleIsEntered_SkipsNewYearsDay_AndIsNotMarked()
    {
        var calendar = new WorkCalendar(
            [.. NationalHolidays.Holidays2026.Select(h => h.Day), new DateOnly(2027, 1, 1)],
            NationalHolidays.MakeUpWorkdays2026.Select(w => w.Day));

        var day = calendar.AddWorkingDays(new DateOnly(2026, 12, 31), 1);

        Assert.Equal(new DateOnly(2027, 1, 4), day);
        Assert.False(calendar.CountedOnWeekendsOnly(new DateOnly(2026, 12, 31), day));
    }

    [Fact]
    public void CountedOnWeekendsOnly_WithinAKnownYear_OrTheSameDay_IsFalse()
    {
        Assert.False(Only2026.CountedOnWeekendsOnly(new DateOnly(2026, 3, 2), new DateOnly(2026, 12, 30)));
        Assert.False(Only2026.CountedOnWeekendsOnly(new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 4)));
        Assert.True(Only2026.CountedOnWeekendsOnly(new DateOnly(2027, 1, 4), new DateOnly(2027, 1, 5)));
    }

    [Theory]
    [InlineData("2026-10-31", null)]
    [InlineData("2026-11-01", 2027)]
    [InlineData("2026-11-02", 2027)]
    [InlineData("2026-12-31", 2027)]
    [InlineData("2027-01-04", 2027)]
    [InlineData("2027-06-01", 2027)]
    public void MissingScheduleYear_FromNovemberOrInAnUnknownYear_NamesTheYearToEnter(string today, int? expected)
    {
        Assert.Equal(expected, Only2026.MissingScheduleYear(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void MissingScheduleYear_NextYearEntered_IsNull()
    {
        var calendar = new WorkCalendar([new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1)], []);

        Assert.Null(calendar.MissingScheduleYear(new DateOnly(2026, 11, 2)));
        Assert.Equal([2026, 2027], calendar.KnownYears.Order());
    }
}
