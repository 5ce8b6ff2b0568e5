using System.Net;
using HallDesk.Data;
using HallDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Documents;

/// <summary>Opening, printing and downloading archived documents.</summary>
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

        return app;
    }

    /// <summary>Opens the PDF in the browser's viewer and brings up the print dialog.</summary>
    public static IResult PrintPage(string pdfUrl)
    {
        var src = WebUtility.HtmlEncode(pdfUrl);
        var html = $$"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>打印</title>
            <style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%}</style></head>
            <body><iframe id="doc" src="{{src}}"></iframe>
            <script>document.getElementById('doc').addEventListener('load', function () { try { this.contentWindow.focus(); this.contentWindow.print(); } catch (e) { } });</script>
            </body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
