using System.Globalization;
using HallDesk.Data;
using HallDesk.Web.Staff;

namespace HallDesk.Web.Features.Reports;

/// <summary>The manager's report as CSV and PDF files, each export audited.</summary>
public static class ReportEndpoints
{
    private const int DefaultDays = 30;

    public static IServiceCollection AddReportsFeature(this IServiceCollection services) => services.AddSingleton<ReportQueries>().AddSingleton<MonthlyReportQueries>();

    public static WebApplication MapReportEndpoints(this WebApplication app)
    {
        var manager = app.MapGroup("/manager/reports").RequireAuthorization(p => p.RequireRole(Roles.Manager, Roles.Admin, Roles.DistrictManager));
        manager.MapGet("/export.csv", (HttpContext http, ReportQueries queries, StaffContextLoader staff, AuditWriter audit, TimeProvider time, CancellationToken ct) =>
            ExportAsync(http, queries, staff, audit, time, "csv", ct)).ExcludeFromDescription();
        manager.MapGet("/export.pdf", (HttpContext http, ReportQueries queries, StaffContextLoader staff, AuditWriter audit, TimeProvider time, CancellationToken ct) =>
            ExportAsync(http, queries, staff, audit, time, "pdf", ct)).ExcludeFromDescription();
        manager.MapGet("/monthly.csv", MonthlyReportEndpoint.ExportAsync).ExcludeFromDescription();
        return app;
    }

    /// <summary>The export link of the page's current choice.</summary>
    public static string Href(string format, DateOnly from, DateOnly to, ReportPeriod period, ReportDimension by, string? hall = null) =>
        string.Create(CultureInfo.InvariantCulture,
            $"manager/reports/export.{format}?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&period={period.ToString().ToLowerInvariant()}&by={by.ToString().ToLowerInvariant()}")
        + (hall is null ? "" : "&hall=" + Uri.EscapeDataString(hall));

    /// <summary>Parses the query; missing values take the page's defaults (the last 30 days, by day, by line).</summary>
    public static bool TryParse(IQueryCollection query, DateOnly today, out ReportRequest request, out string error)
    {
        request = new ReportRequest(today.AddDays(1 - DefaultDays), today, ReportPeriod.Day, ReportDimension.Line);
        error = "";
        DateOnly? Date(string name) =>
            DateOnly.TryParseExact(query[name].ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        var from = query.ContainsKey("from") ? Date("from") : request.From;
        var to = query.ContainsKey("to") ? Date("to") : request.To;
        if (from is null || to is null)
        {
            error = "日期格式应为 yyyy-MM-dd。";
            return false;
        }

        if (!Infrastructure.DateLimits.Contains(from.Value) || !Infrastructure.DateLimits.Contains(to.Value))
        {
            error = Localization.Texts.Error(Infrastructure.DateLimits.OutOfRange);
            return false;
        }

        var period = request.Period;
        if (query.ContainsKey("period") && !Enum.TryParse(query["period"].ToString(), ignoreCase: true, out period))
        {
            error = "统计周期应为 day、week 或 month。";
            return false;
        }

        var by = request.By;
        if (query.ContainsKey("by") && !Enum.TryParse(query["by"].ToString(), ignoreCase: true, out by))
        {
            error = "统计维度应为 line、counter、clerk、department、item 或 hall。";
            return false;
        }

        if (!Enum.IsDefined(period) || !Enum.IsDefined(by))
        {
            error = "统计周期或维度不正确。";
            return false;
        }

        var (a, b) = from <= to ? (from.Value, to.Value) : (to.Value, from.Value);
        if (b.DayNumber - a.DayNumber > 366)
        {
            error = "统计范围不能超过一年。";
            return false;
        }

        request = new ReportRequest(a, b, period, by);
        return true;
    }

    private static async Task<IResult> ExportAsync(HttpContext http, ReportQueries queries, StaffContextLoader staff, AuditWriter audit, TimeProvider time, string format, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(Infrastructure.HallTime.Local(now));
        if (!TryParse(http.Request.Query, today, out var request, out var error))
        {
            return Results.Problem(title: "报表参数不正确", detail: error, statusCode: StatusCodes.Status400BadRequest);
        }

        var me = await staff.LoadAsync(http);
        var scope = ReportScope.Of(me, http.Request.Query["hall"].ToString(), request.By);
        if (scope.Refusal is { } refusal)
        {
            await audit.WriteAsync(me.UserName, "report.export", $"{http.Request.Query["hall"]}/{request.From:yyyy-MM-dd}~{request.To:yyyy-MM-dd}",
                $"{format} by={request.By}；{refusal}", me.Address, AuditOutcome.Denied, ct);
            return Results.Problem(title: "无权访问", detail: refusal, statusCode: StatusCodes.Status403Forbidden);
        }

        var (report, cross) = await queries.LoadWithCrossAsync(scope.Hall, request.From, request.To, request.Period, request.By, cross: format == "csv", ct);
        if (report is null)
        {
            return Results.Problem(title: "没有找到大厅", detail: "当前账号没有所属大厅。", statusCode: StatusCodes.Status404NotFound);
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"report-{report.HallCode}-{request.From:yyyyMMdd}-{request.To:yyyyMMdd}-{request.By.ToString().ToLowerInvariant()}.{format}");
        await audit.WriteAsync(me.UserName, "report.export", $"{report.HallCode}/{request.From:yyyy-MM-dd}~{request.To:yyyy-MM-dd}",
            $"{format} period={request.Period} by={request.By}", me.Address, ct);
        return format == "csv"
            ? Results.File(ReportExport.Csv(report, cross), "text/csv; charset=utf-8", name)
            : Results.File(ReportExport.Pdf(report, Infrastructure.HallTime.Local(now)).Bytes, "application/pdf", name);
    }
}

public readonly record struct ReportRequest(DateOnly From, DateOnly To, ReportPeriod Period, ReportDimension By);
