using System.Globalization;
using HallDesk.Data;

namespace HallDesk.Web.Features.Audit;

/// <summary>The audit viewer's services and its CSV export (Admin and DistrictManager; every export is itself audited).</summary>
public static class AuditEndpoints
{
    public static IServiceCollection AddAuditFeature(this IServiceCollection services) => services.AddSingleton<AuditQueries>();

    public static WebApplication MapAuditEndpoints(this WebApplication app)
    {
        app.MapGet("/admin/audit/export.csv", async (HttpContext http, AuditQueries queries, AuditWriter audit, TimeProvider time, CancellationToken ct) =>
            {
                if (!TryParse(http.Request.Query, out var filter))
                {
                    return Results.Problem(title: "筛选条件不正确", detail: "日期格式应为 yyyy-MM-dd。", statusCode: StatusCodes.Status400BadRequest);
                }

                var (csv, rows) = await queries.CsvAsync(filter, ct);
                await audit.WriteAsync(http.User.Identity?.Name ?? "", "audit.export", filter.Describe(), $"{rows} 条",
                    http.Connection.RemoteIpAddress?.ToString(), ct);
                var name = string.Create(CultureInfo.InvariantCulture, $"audit-{time.GetUtcNow():yyyyMMddHHmm}.csv");
                return Results.File(csv, "text/csv; charset=utf-8", name);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.DistrictRoles))
            .ExcludeFromDescription();
        return app;
    }

    public static bool TryParse(IQueryCollection query, out AuditFilter filter)
    {
        filter = new AuditFilter();
        DateOnly? from = null, to = null;
        if (query["from"].ToString() is { Length: > 0 } f)
        {
            if (!DateOnly.TryParseExact(f, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return false;
            }

            from = d;
        }

        if (query["to"].ToString() is { Length: > 0 } t)
        {
            if (!DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return false;
            }

            to = d;
        }

        string? Text(string name) => query[name].ToString() is { Length: > 0 and <= 128 } v ? v : null;
        filter = new AuditFilter(Text("person"), Text("action"), Text("target"), from, to, Text("outcome"));
        return true;
    }
}
