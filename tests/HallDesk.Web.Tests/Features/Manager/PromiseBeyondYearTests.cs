using Bunit;
using HallDesk.Domain.Calendar;
using HallDesk.Web.Features.Documents;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Features.Manager;
using HallDesk.Web.Tests.Features.Documents;
using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.Features.Manager;

/// <summary>A promise that runs into 2027, whose holidays are not in the data: weekends only, and the receipt says so.</summary>
public sealed class PromiseBeyondYearTests : IClassFixture<PromiseBeyondYearTests.YearEnd>
{
    private readonly YearEnd _factory;

    public PromiseBeyondYearTests(YearEnd factory) => _factory = factory;

    [Fact]
    public async Task Accept_On2026_12_30_ThreeDayItem_PromisesMonday2027_01_04_MarkedOnTheResultAndTheReceipt()
    {
        // 户外招牌设置审批, 3 working days: 12-31, 01-01 (元旦, unknown in the data: a Friday like any), 01-04.
        var result = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Signboard, DocumentCases.SignboardMaterials);

        Assert.Equal((new DateOnly(2027, 1, 4), true), (result.PromisedDate, result.PromisedOnWeekendsOnly));
        var receipt = PdfText.Of((await DocumentCases.DocumentAsync(_factory, Assert.Single(result.Documents).Id)).Content);
        Assert.Contains("承诺于2027年1月4日（节假日安排未发布，按周末计算）前办结", receipt);
        Assert.Contains("承诺办结日期2027年1月4日（节假日安排未发布，按周末计算）", receipt);
    }

    /// <summary>2026-12-30 09:00 Asia/Shanghai, a Wednesday.</summary>
    public sealed class YearEnd() : HallDeskFactory(new DateTimeOffset(2026, 12, 30, 1, 0, 0, TimeSpan.Zero));
}
