using HallDesk.Domain.Calendar;

namespace HallDesk.Domain.Tests.Calendar;

public class NationalHolidaysTests
{
    [Fact]
    public void Holidays2026_CountsThirtyThreeDaysOff()
    {
        // 元旦 3 + 春节 9 + 清明 3 + 劳动节 5 + 端午 3 + 中秋 3 + 国庆 7.
        Assert.Equal(33, NationalHolidays.Holidays2026.Count);
        Assert.Equal(33, NationalHolidays.Holidays2026.Select(h => h.Day).Distinct().Count());
    }

    [Fact]
    public void MakeUpWorkdays2026_AreAllWeekendDays()
    {
        Assert.Equal(6, NationalHolidays.MakeUpWorkdays2026.Count);
        Assert.All(NationalHolidays.MakeUpWorkdays2026, w => Assert.True(w.Day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday));
    }

    [Fact]
    public void Holidays2026_NameEachFestival()
    {
        Assert.Contains((new DateOnly(2026, 2, 17), "春节"), NationalHolidays.Holidays2026);
        Assert.Contains((new DateOnly(2026, 10, 7), "国庆节"), NationalHolidays.Holidays2026);
    }
}
