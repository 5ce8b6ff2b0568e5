using System.Globalization;
using System.Text;
using HallDesk.Web.Features.Documents;
using PdfSharp.Drawing;

namespace HallDesk.Web.Features.Reports;

/// <summary>
/// The report as a file: CSV for Excel (UTF-8 with BOM, a row per period and key) and an A4 PDF. Column
/// names are fixed Chinese, like a printed form, so a file reads the same whatever the screen's language.
/// </summary>
public static class ReportExport
{
    public const string Title = "大厅运行报表";

    public static readonly IReadOnlyList<string> FigureHeaders =
        ["取号数", "办结数", "过号数", "帮办数", "平均等候(分)", "90%等候(分)", "平均办理(分)", "受理件数", "办结件数", "超期件数", "一次办成率", "评价数", "满意率"];

    public static string DimensionName(ReportDimension by) => by switch
    {
        ReportDimension.Line => "业务",
        ReportDimension.Counter => "窗口",
        ReportDimension.Clerk => "工作人员",
        ReportDimension.Department => "部门",
        ReportDimension.Hall => "大厅",
        _ => "事项",
    };

    public static string PeriodName(ReportPeriod period) => period switch
    {
        ReportPeriod.Day => "日",
        ReportPeriod.Week => "周",
        _ => "月",
    };

    public static string Minutes(double? seconds) => seconds is { } s ? (s / 60).ToString("0.0", CultureInfo.InvariantCulture) : "—";

    public static string Percent(double? rate) => rate is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    public static IReadOnlyList<string> Cells(ReportFigures f) =>
    [
        f.Issued.ToString(CultureInfo.InvariantCulture), f.Served.ToString(CultureInfo.InvariantCulture), f.NoShows.ToString(CultureInfo.InvariantCulture),
        f.Assisted.ToString(CultureInfo.InvariantCulture), Minutes(f.MeanWaitSeconds), Minutes(f.P90WaitSeconds), Minutes(f.MeanServiceSeconds),
        f.Accepted.ToString(CultureInfo.InvariantCulture), f.Concluded.ToString(CultureInfo.InvariantCulture), f.Overdue.ToString(CultureInfo.InvariantCulture),
        Percent(f.OneVisitRate), f.Evaluations.ToString(CultureInfo.InvariantCulture), Percent(f.SatisfactionRate),
    ];

    /// <summary>A row per period and key (for a pivot table), then one total row per key.</summary>
    public static byte[] Csv(HallReport report, IReadOnlyList<ReportCrossRow> crossRows)
    {
        var text = new StringBuilder();
        Line(text, ["周期(" + PeriodName(report.Period) + ")", DimensionName(report.By) + "代码", DimensionName(report.By), .. FigureHeaders]);
        foreach (var (period, row) in crossRows)
        {
            Line(text, [period, row.Key, row.Label, .. Cells(row.Figures)]);
        }

        foreach (var row in report.Rows)
        {
            Line(text, ["合计", row.Key, row.Label, .. Cells(row.Figures)]);
        }

        Line(text, ["合计", "", "全部", .. Cells(report.Total)]);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static RenderedPdf Pdf(HallReport report, DateTime generatedLocal)
    {
        using var pdf = PdfComposer.A4(FontSet.Instance, Title);
        pdf.Heading(Title, 1, 18, align: XStringAlignment.Center);
        pdf.KeyValues(
        [
            ("大厅", report.HallName),
            ("统计范围", $"{report.From:yyyy-MM-dd} 至 {report.To:yyyy-MM-dd}"),
            ("生成时间", generatedLocal.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
        ]);
        double[] shares = [2.6, 1, 1, 1, 1, 1.2, 1.2, 1.2, 1, 1, 1, 1.2, 1, 1.2];
        pdf.Heading("按" + DimensionName(report.By) + "统计", 2, 12);
        pdf.Table([DimensionName(report.By), .. FigureHeaders], shares,
            report.Rows.Select(r => (IReadOnlyList<string>)[r.Label, .. Cells(r.Figures)]).Append(["合计", .. Cells(report.Total)]), size: 7.5);
        pdf.Heading("按" + PeriodName(report.Period) + "统计", 2, 12);
        pdf.Table(["周期", .. FigureHeaders], shares,
            report.Periods.Select(p => (IReadOnlyList<string>)[p.Label, .. Cells(p.Figures)]), size: 7.5);
        return pdf.Finish($"{report.HallName} · {Title}");
    }

    /// <summary>Any table as CSV for Excel, quoted and defused as the report is.</summary>
    public static byte[] Csv(IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            Line(text, row);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void Line(StringBuilder text, IEnumerable<string> cells) =>
        text.Append(string.Join(',', cells.Select(Escape))).Append("\r\n");

    /// <summary>RFC 4180 quoting; a leading formula character is defused so Excel never runs a cell.</summary>
    private static string Escape(string cell)
    {
        if (cell.Length > 0 && "=+-@".Contains(cell[0], StringComparison.Ordinal) && cell != ReportMath.Unlinked)
        {
            cell = "'" + cell;
        }

        return cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }
}
