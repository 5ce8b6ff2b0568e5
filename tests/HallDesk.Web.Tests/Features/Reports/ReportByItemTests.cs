using HallDesk.Domain.Evaluations;
using HallDesk.Web.Features.Evaluation;
using HallDesk.Web.Features.Reports;
using HallDesk.Web.Tests.Features.Documents;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Reports;

/// <summary>The report by item: a bundle's case and the citizen's rating of it are one row, the bundle's.</summary>
public sealed class ReportByItemTests : IClassFixture<HallDeskFactory>
{
    private static readonly DateOnly Day = new(2026, 12, 1);
    private readonly HallDeskFactory _factory;

    public ReportByItemTests(HallDeskFactory factory) => _factory = factory;

    [Fact]
    public async Task Load_ByItem_ARatedBundleCase_IsOneRowWithItsCaseAndItsRating()
    {
        var result = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Restaurant, DocumentCases.RestaurantMaterials);
        string token;
        await using (var db = await _factory.DbAsync())
        {
            token = await db.Cases.Where(c => c.CaseNumber == result.CaseNumber).Select(c => c.EvaluationToken).SingleAsync();
        }

        await _factory.Get<SubmitEvaluation>().RateCaseAsync(token, "4321", new SubmitEvaluation.Rating(EvaluationLevel.Satisfied, null, null));

        var report = await _factory.Get<ReportQueries>().LoadAsync("AM", Day, Day, ReportPeriod.Day, ReportDimension.Item);

        var row = Assert.Single(report!.Rows, r => r.Label == "开办餐饮店");
        Assert.Equal(DocumentCases.Restaurant, row.Key);
        Assert.Equal((1, 1), (row.Figures.Accepted, row.Figures.Evaluations));
        Assert.Equal(1.0, row.Figures.SatisfactionRate);
    }
}
