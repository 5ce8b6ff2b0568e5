using Bunit;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Review;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HallDesk.Web.Tests.Features.Review;

/// <summary>The holding department's 内部流转 section of the inbox over the real use cases, and the case's 材料 tab.</summary>
public sealed class TransferComponentsTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public TransferComponentsTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    private IEnumerable<string> Snacks => Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message ?? "");

    private async Task<(string CaseNumber, TransferRow Row)> RequestedAsync()
    {
        var caseNumber = await ReviewCases.AcceptAsync(_factory, ReviewCases.FoodLicence);
        return (caseNumber, (await _factory.Get<TransferQueries>().ForDepartmentAsync("bdc", take: 500)).Single(r => r.CaseNumber == caseNumber));
    }

    [Fact]
    public async Task InboxSection_HoldingReviewerAttachesAPdf_TheRequestTurnsSupplied()
    {
        var (caseNumber, row) = await RequestedAsync();
        var staff = await _factory.StaffAsync("reviewer-bdc");
        var list = Render<TransferRequestList>(p => p.Add(x => x.DepartmentCode, "bdc").Add(x => x.Actor, staff.Actor));
        Assert.Contains("待流转", list.Find($"[data-testid=transfer-status-{row.Id}]").TextContent);

        await list.Find($"[data-testid=transfer-open-{row.Id}]").ClickAsync(new());
        list.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(SampleFiles.Pdf(Guid.NewGuid().ToString("N")), "产权证明.pdf", contentType: "application/pdf"));

        await list.WaitForAssertionAsync(() => Assert.Contains("材料已流转。", Snacks));
        await list.WaitForAssertionAsync(() => Assert.Contains("已流转（附件）", list.Find($"[data-testid=transfer-status-{row.Id}]").TextContent));
        Assert.Empty(list.FindAll($"[data-testid=transfer-open-{row.Id}]"));
        await using var db = await _factory.DbAsync();
        Assert.Equal(TransferState.Supplied, (await db.MaterialTransfers.SingleAsync(t => t.Id == row.Id)).State);
        Assert.True(await db.MaterialFiles.AnyAsync(f => f.CaseNumber == caseNumber && f.MaterialKey == "premises-proof"));
    }

    [Fact]
    public async Task InboxSection_ConfirmWithoutANote_IsRefusedInChinese_AndStaysOpen()
    {
        var (_, row) = await RequestedAsync();
        var staff = await _factory.StaffAsync("reviewer-bdc");
        var list = Render<TransferRequestList>(p => p.Add(x => x.DepartmentCode, "bdc").Add(x => x.Actor, staff.Actor));

        await list.Find($"[data-testid=transfer-open-{row.Id}]").ClickAsync(new());
        await list.Find("[data-testid=transfer-confirm]").ClickAsync(new());

        await list.WaitForAssertionAsync(() => Assert.Contains("请填写核验说明（在哪个系统核验、证照名称或编号）。", Snacks));
        await using var db = await _factory.DbAsync();
        Assert.Equal(TransferState.Requested, (await db.MaterialTransfers.SingleAsync(t => t.Id == row.Id)).State);
    }

    [Fact]
    public void MaterialsTab_ShowsAwaitedOverdueInRed_AndSuppliedWithWhoWhenAndTheFile()
    {
        var materials = new[]
        {
            new CaseMaterial("premises-proof", "住所（经营场所）使用证明", "复印件", 1, true, MaterialState.FromDepartment, "bdc"),
            new CaseMaterial("tax-clearance", "清税证明", "原件", 1, true, MaterialState.FromDepartment, "sw"),
        };
        var transfers = new[]
        {
            new TransferView("premises-proof", "住所（经营场所）使用证明", "区不动产登记中心", TransferState.Requested, new DateOnly(2026, 12, 2), true, null, null, null, null),
            new TransferView("tax-clearance", "清税证明", "区税务局", TransferState.Supplied, new DateOnly(2026, 12, 2), false, "刘税", new DateTime(2026, 12, 1, 3, 0, 0, DateTimeKind.Utc),
                "/files/0123456789abcdef0123456789abcdef", null),
        };

        var tab = Render<CaseMaterialsTab>(p => p.Add(x => x.Materials, materials).Add(x => x.Transfers, transfers));

        var overdue = tab.Find("[data-testid=case-transfer-premises-proof] [data-testid=transfer-chip-premises-proof]");
        Assert.Equal("overdue", overdue.GetAttribute("data-state"));
        Assert.Contains("流转逾期（应于 2026-12-02 前）", overdue.TextContent);
        var supplied = tab.Find("[data-testid=case-transfer-tax-clearance]");
        Assert.Contains("已流转", supplied.TextContent);
        Assert.Contains("刘税 2026-12-01 11:00", supplied.TextContent);
        Assert.Equal("/files/0123456789abcdef0123456789abcdef", tab.Find("[data-testid=case-transfer-file-tax-clearance]").GetAttribute("href"));
    }
}
