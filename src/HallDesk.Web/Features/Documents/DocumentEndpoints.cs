using System.Net;
using HallDesk.Data;
using HallDesk.Web.Features.Queue;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Documents;

/// <summary>Opening, printing and downloading archived documents (need to know, every look audited); the kiosk's ticket slip.</summary>
public static class DocumentEndpoints
{
    public static WebApplication MapDocumentEndpoints(this WebApplication app)
    {
        var staff = app.MapGroup("/documents").RequireAuthorization(p => p.RequireRole(Roles.All.ToArray()));
        // By a random public id only: the old sequential ids are not an address any more (they answer 404 like any unknown id).
        staff.MapGet("/{publicId}", (string publicId, bool? download, HttpContext http, IDbContextFactory<HallDeskDbContext> dbFactory,
                NeedToKnow needToKnow, AuditWriter audit, DocumentArchive archive, CancellationToken ct) =>
            OpenAsync(publicId, download == true ? "document.download" : "document.view", download == true, http, dbFactory, needToKnow, audit, archive, ct))
            .ExcludeFromDescription();
        staff.MapGet("/{publicId}/original", (string publicId, HttpContext http, IDbContextFactory<HallDeskDbContext> dbFactory,
                NeedToKnow needToKnow, AuditWriter audit, DocumentArchive archive, CancellationToken ct) =>
            OpenAsync(publicId, "document.hand-over", download: false, http, dbFactory, needToKnow, audit, archive, ct))
            .ExcludeFromDescription();
        staff.MapGet("/{publicId}/print", (string publicId, bool? original) =>
            PrintPage($"/documents/{Uri.EscapeDataString(publicId)}{(original == true ? "/original" : "")}")).ExcludeFromDescription();

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

    /// <summary>
    /// One look at a document by staff, audited whatever the answer. Staff see the masked copy; the citizen's original
    /// (evaluation QR code and all) only the clerks of the case's hall, to hand it over at the window.
    /// </summary>
    private static async Task<IResult> OpenAsync(string publicId, string action, bool download, HttpContext http, IDbContextFactory<HallDeskDbContext> dbFactory,
        NeedToKnow needToKnow, AuditWriter audit, DocumentArchive archive, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var document = publicId.Length == 32 ? await db.IssuedDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.PublicId == publicId, ct) : null;
        if (document is null)
        {
            return ApiProblems.NotFound("没有找到该文书。");
        }

        var who = await needToKnow.MemberAsync(http.User, http.Connection.RemoteIpAddress?.ToString(), ct);
        var original = action == "document.hand-over";
        var allowed = await needToKnow.DocumentAccessAsync(who, document, ct) == Access.Allowed
            && (!original || who.IsAdmin || who.Roles.Contains(Roles.Clerk));
        if (!allowed)
        {
            await audit.WriteAsync(who.UserName, action, document.Number, "无权查看", who.Address, AuditOutcome.Denied, ct);
            return Results.Problem(title: "无权访问", detail: "您的账号无权查看该文书（仅限本大厅、或有审查任务的部门）。", statusCode: StatusCodes.Status403Forbidden);
        }

        var bytes = original ? document.Content : await archive.StaffCopyAsync(db, document, ct);
        await audit.WriteAsync(who.UserName, action, document.Number, ReferenceEquals(bytes, document.Content) ? document.Sha256 : $"{document.Sha256}（工作人员副本）",
            who.Address, ct);
        return Results.File(bytes, "application/pdf", download ? document.FileName : null);
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
