using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Web.Features.Manager;
using HallDesk.Web.Features.Review;
using HallDesk.Web.Tests.Features.Documents;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Manager;

/// <summary>The district keeps each department's legal names; the next decision is issued, numbered and appealed by them.</summary>
public sealed class EditDepartmentTests : IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public EditDepartmentTests(HallDeskFactory factory) => _factory = factory;

    [Fact]
    public async Task District_ChangesNamesAndAppealBodies_TheNextDenialCarriesThem_AndTheChangeIsAudited()
    {
        await _factory.Get<EditDepartment>().HandleAsync(await _factory.ActorAsync("district"),
            new EditDepartment.Change("cg", "牡丹江市爱民区城市管理局", "城管执法", "牡丹江市城市管理综合行政执法局", "牡丹江市西安区人民法院"));
        var result = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Signboard, DocumentCases.SignboardMaterials);
        var version = (await DocumentCases.LoadAsync(_factory, result.CaseNumber)).Tasks.Single().Version;

        await _factory.Get<DenyReviewTask>().HandleAsync(await _factory.ActorAsync("reviewer-cg"), result.CaseNumber, version, "招牌尺寸超出规定");

        var decision = (await DocumentCases.DocumentsAsync(_factory, result.CaseNumber)).Single(d => d.Kind == DocumentKind.Decision);
        Assert.StartsWith("爱民城管执法许字〔2026〕第", decision.Number);
        var text = PdfText.Of(decision.Content);
        Assert.StartsWith("牡丹江市爱民区城市管理局不予许可决定书", text);
        Assert.Contains("六十日内向牡丹江市城市管理综合行政执法局申请行政复议", text);
        Assert.Contains("六个月内向牡丹江市西安区人民法院提起行政诉讼", text);
        await using var db = await _factory.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "catalog.department" && a.Subject == "cg" && a.Details.Contains("牡丹江市城市管理综合行政执法局")));
    }

    [Fact]
    public async Task HallManager_MayNotChangeADepartment()
    {
        var error = await Assert.ThrowsAsync<DomainException>(async () => await _factory.Get<EditDepartment>().HandleAsync(await _factory.ActorAsync("manager"),
            new EditDepartment.Change("scjg", "某局", "某", "", "")));

        Assert.Equal(EditCatalog.DistrictOnly, error.Key);
        Assert.Equal("牡丹江市爱民区市场监督管理局", (await _factory.Get<EditDepartment>().ListAsync()).Single(d => d.Code == "scjg").IssuingName);
    }

    [Fact]
    public async Task District_EmptyFullName_IsRefused()
    {
        var error = await Assert.ThrowsAsync<DomainException>(async () => await _factory.Get<EditDepartment>().HandleAsync(await _factory.ActorAsync("district"),
            new EditDepartment.Change("mz", " ", "民政", "", "")));

        Assert.Equal("Department.NamesRequired", error.Key);
    }
}
