using System.Globalization;
using HallDesk.Data;
using HallDesk.Web.Staff;

namespace HallDesk.Web.Features.Reports;

/// <summary>The 分建统管 monthly report as CSV: every hall for district roles, their own hall for a hall manager; audited.</summary>
public static class MonthlyReportEndpoint
{
    public static string Href(DateOnly month) => string.Create(CultureInfo.InvariantCulture, $"manager/reports/monthly.csv?month={month:yyyy-MM}");

    public static async Task<IResult> ExportAsync(HttpContext http, MonthlyReportQueries queries, StaffContextLoader staff, AuditWriter audit, TimeProvider time,
        CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(Infrastructure.HallTime.Local(time.GetUtcNow().UtcDateTime));
        var month = new DateOnly(today.Year, today.Month, 1);
        var asked = http.Request.Query["month"].ToString();
        if (asked.Length > 0)
        {
            if (!DateOnly.TryParseExact(asked + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out month)
                || !Infrastructure.DateLimits.Contains(month))
            {
                return Results.Problem(title: "报表参数不正确", detail: "月份格式应为 yyyy-MM。", statusCode: StatusCodes.Status400BadRequest);
            }
        }

        var me = await staff.LoadAsync(http);
        var wanted = http.Request.Query["hall"].ToString();
        var scope = ReportScope.Of(me, wanted.Length == 0 && me.IsDistrict ? ReportQueries.AllHalls : wanted, ReportDimension.Item);
        var subject = string.Create(CultureInfo.InvariantCulture, $"{scope.Hall ?? ReportQueries.AllHalls}/{month:yyyy-MM}");
        if (scope.Refusal is { } refusal)
        {
            await audit.WriteAsync(me.UserName, "report.monthly", $"{wanted}/{month:yyyy-MM}", $"csv；{refusal}", me.Address, AuditOutcome.Denied, ct);
            return Results.Problem(title: "无权访问", detail: refusal, statusCode: StatusCodes.Status403Forbidden);
        }

        var report = await queries.LoadAsync(scope.Hall, month, ct);
        await audit.WriteAsync(me.UserName, "report.monthly", subject, "csv", me.Address, ct);
        var name = string.Create(CultureInfo.InvariantCulture, $"monthly-{scope.Hall ?? ReportQueries.AllHalls}-{month:yyyyMM}.csv");
        return Results.File(ReportExport.Csv([MonthlyReport.Headers, .. report.Rows.Select(MonthlyReport.Cells), MonthlyReport.Cells(report.Total)]),
            "text/csv; charset=utf-8", name);
    }
}
