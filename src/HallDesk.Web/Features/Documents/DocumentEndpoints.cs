using System.Net;
using HallDesk.Data;
using HallDesk.Web.Features.Queue;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Documents;

/// <summary>Opening, printing and downloading archived documents; the kiosk's ticket slip.</summary>
public static class DocumentEndpoints
{
    public static WebApplication MapDocumentEndpoints(this WebApplication app)
    {
        var staff = app.MapGroup("/documents").RequireAuthorization(p => p.RequireRole(Roles.All.ToArray()));
        staff.MapGet("/{id:long}", async (long id, bool? download, HttpContext http, IDbContextFactory<HallDeskDbContext> dbFactory, AuditWriter audit, CancellationToken ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var document = await db.IssuedDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
            if (document is null)
            {
                return ApiProblems.NotFound("没有找到该文书。");
            }

            // Every reprint is logged; the bytes are the archived ones, identical to the first print.
            await audit.WriteAsync(http.User.Identity?.Name ?? "", download == true ? "document.download" : "document.print",
                document.Number, document.Sha256, http.Connection.RemoteIpAddress?.ToString(), ct);
            return Results.File(document.Content, "application/pdf", download == true ? document.FileName : null);
        }).ExcludeFromDescription();

        staff.MapGet("/{id:long}/print", (long id) => PrintPage($"/documents/{id}")).ExcludeFromDescription();

        app.MapGet("/api/v1/halls/{hall}/tickets/{number}/slip", SlipAsync)
            .RequireRateLimiting(Infrastructure.WebServices.PublicRateLimit)
            .WithTags("HallDesk public API")
            .WithName("GetTicketSlip")
            .WithSummary("号票（80 mm 热敏纸 PDF），当天有效")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/kiosk/{hall}/slip/{number}", (string hall, string number) =>
            PrintPage($"/api/v1/halls/{Uri.EscapeDataString(hall)}/tickets/{Uri.EscapeDataString(number)}/slip")).ExcludeFromDescription();
        return app;
    }

    /// <summary>Reads the slip archived when the ticket was issued; writes nothing.</summary>
    private static async Task<IResult> SlipAsync(string hall, string number, IDbContextFactory<HallDeskDbContext> dbFactory, TimeProvider time, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var h = await db.Halls.AsNoTracking().SingleOrDefaultAsync(x => x.Code == hall, ct);
        var today = h?.LocalDate(time.GetUtcNow().UtcDateTime);
        var slip = h is null ? null : await db.IssuedDocuments.AsNoTracking()
            .Where(d => d.Kind == DocumentKind.TicketSlip && d.HallCode == h.Code && d.ServiceDate == today && d.TicketNumber == number)
            .Select(d => d.Content)
            .SingleOrDefaultAsync(ct);
        return slip is null ? ApiProblems.NotFound($"今天没有 {number} 号。") : Results.File(slip, "application/pdf");
    }

    /// <summary>Opens the PDF in the browser's viewer and brings up the print dialog.</summary>
    private static IResult PrintPage(string pdfUrl)
    {
        var src = WebUtility.HtmlEncode(pdfUrl);
        var html = $$"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>打印</title>
            <style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%}</style></head>
            <body><iframe id="doc" src="{{src}}"></iframe>
            <script src="/js/print-page.js"></script>
            </body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
