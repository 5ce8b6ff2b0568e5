using Bunit;
using HallDesk.Domain.Calendar;
using HallDesk.Web.Features.Documents;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Features.Manager;
using HallDesk.Web.Tests.Features.Documents;
using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.Features.Manager;

/// <summary>Once the district enters 2027's 元旦, the count skips it and the mark goes.</summary>
public sealed class PromiseAfterScheduleEnteredTests : IClassFixture<PromiseBeyondYearTests.YearEnd>
{
    private readonly PromiseBeyondYearTests.YearEnd _factory;

    public PromiseAfterScheduleEnteredTests(PromiseBeyondYearTests.YearEnd factory) => _factory = factory;

    [Fact]
    public async Task Accept_OnceNewYearsDayIsEntered_SkipsIt_AndMarksNothing()
    {
        await using (var db = await _factory.DbAsync())
        {
            db.CalendarDays.Add(new CalendarDay(new DateOnly(2027, 1, 1), false, "元旦"));
            await db.SaveChangesAsync();
        }

        var result = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Signboard, DocumentCases.SignboardMaterials);

        Assert.Equal((new DateOnly(2027, 1, 5), false), (result.PromisedDate, result.PromisedOnWeekendsOnly));
        var receipt = PdfText.Of((await DocumentCases.DocumentAsync(_factory, Assert.Single(result.Documents).Id)).Content);
        Assert.DoesNotContain(CaseDocuments.WeekendsOnlyMark, receipt);
    }
}
