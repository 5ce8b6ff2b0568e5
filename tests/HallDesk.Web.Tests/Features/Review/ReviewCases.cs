using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.Features.Review;

/// <summary>Cases accepted at the window through the real intake use case, for the review screens to show.</summary>
internal static class ReviewCases
{
    /// <summary>食品经营许可, 区市场监督管理局 (scjg), 5 working days.</summary>
    public const string FoodLicence = "23100400SJ-XK-0001";

    /// <summary>不动产转移登记（存量房买卖）, 区不动产登记中心 (bdc), 5 working days.</summary>
    public const string PropertyTransfer = "23100400BD-QR-0001";

    public static readonly Applicant Person = new(ApplicantKind.Person, "张三", "11010519491231002X", "13812345678", null, null);

    /// <summary>Takes in and accepts <paramref name="subjectCode"/> with every material of its checklist handed over.</summary>
    public static async Task<string> AcceptAsync(HallDeskFactory factory, string subjectCode)
    {
        var selection = await factory.Get<CatalogQueries>().SelectAsync(subjectCode)
            ?? throw new InvalidOperationException($"{subjectCode} is not in the seeded catalog.");
        var result = await factory.Get<TakeInApplication>().HandleAsync(
            new TakeInApplication.Command(Person, subjectCode, selection.Checklist.Select(l => l.Key).ToList(), IntakeDecision.Accept),
            await factory.ActorAsync("clerk1"));
        Assert.Equal(CaseStatus.UnderReview, result.Status);
        return result.CaseNumber;
    }
}
