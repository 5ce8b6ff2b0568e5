using HallDesk.Data;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Documents;
using HallDesk.Web.Features.Reports;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace HallDesk.Web.Tests.Features.Documents;

/// <summary>
/// Issue 20: archived bytes are permanent, so every kind of document and the report must be a PDF that an independent
/// reader finds clean: <c>qpdf --check</c> exits 0 (it exited 3 on the slip and the report: deflate streams without
/// their end marker).
/// </summary>
public sealed class PdfValidityTests : IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public PdfValidityTests(HallDeskFactory factory) => _factory = factory;

    public static TheoryData<DocumentKind> CaseKinds => new(Enum.GetValues<DocumentKind>().Where(k => k != DocumentKind.TicketSlip));

    [Theory]
    [MemberData(nameof(CaseKinds))]
    public async Task CaseDocument_EveryKind_PassesQpdfCheck(DocumentKind kind)
    {
        var result = await DocumentCases.TakeInAsync(_factory, DocumentCases.Hongfu, DocumentCases.Signboard, DocumentCases.SignboardMaterials);
        var c = await DocumentCases.LoadAsync(_factory, result.CaseNumber);
        var context = new DocumentContext("爱民区政务服务中心", "0453-6288123", "爱民政服受字〔2026〕第0001号", new DateOnly(2026, 12, 7),
            new DocumentLinks(new ConfigurationBuilder().Build()))
        {
            Check = kind == DocumentKind.Revocation ? (CommitmentCheck)Activator.CreateInstance(typeof(CommitmentCheck), nonPublic: true)! : null,
        };

        var pdf = CaseDocuments.Render(kind, c, context, FontSet.Instance);

        QpdfCheck.AssertClean(pdf.Bytes, kind.ToString());
    }

    [Fact]
    public void TicketSlip_PassesQpdfCheck()
    {
        var slip = new TicketSlip.Content("爱民区政务服务中心", "A001", "综合受理", 3, 12, new DateTime(2026, 12, 7, 9, 30, 0), "http://localhost:5125/t/abc",
            "AM-20261207-0001", AppointmentSlot: "09:30–10:00", QrIsTicketPage: true);

        QpdfCheck.AssertClean(TicketSlip.Render(slip, FontSet.Instance).Bytes, "slip");
    }

    [Fact]
    public void Report_PassesQpdfCheck()
    {
        var figures = new ReportFigures(120, 110, 5, 8, 300, 600, 420, 40, 35, 1, 0.9, 60, 0.98);
        var rows = Enumerable.Range(1, 40).Select(i => new ReportRow($"K{i}", $"业务{i}", figures)).ToList();
        var periods = Enumerable.Range(1, 31).Select(d => new ReportPeriodRow(new DateOnly(2026, 12, d), $"12月{d}日", figures)).ToList();
        var report = new HallReport("AM", "爱民区政务服务中心", new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31), ReportPeriod.Day, ReportDimension.Line, rows, periods, figures);

        QpdfCheck.AssertClean(ReportExport.Pdf(report, new DateTime(2026, 12, 31, 18, 0, 0)).Bytes, "report");
    }
}
