using HallDesk.Data;
using HallDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Documents;

/// <summary>
/// A material's scan or upload, opened in the browser (PDF viewer, image): only for those who may open its case (need to
/// know), or, before it belongs to a case, for the clerks and managers of the hall that pre-reviews it. Every look, allowed
/// or refused, is audited.
/// </summary>
public static class MaterialFileEndpoints
{
    public static WebApplication MapMaterialFileEndpoints(this WebApplication app)
    {
        app.MapGroup("/files").RequireAuthorization(p => p.RequireRole(Roles.All.ToArray()))
            .MapGet("/{publicId}", OpenAsync)
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>The address of a file for a page: <c>/files/{publicId}</c>.</summary>
    public static string Link(string publicId) => "/files/" + Uri.EscapeDataString(publicId);

    private static async Task<IResult> OpenAsync(string publicId, bool? download, HttpContext http, IDbContextFactory<HallDeskDbContext> dbFactory,
        NeedToKnow needToKnow, AuditWriter audit, FileStore store, CancellationToken ct)
    {
        MaterialFile? file;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            file = publicId.Length == 32 ? await db.MaterialFiles.AsNoTracking().SingleOrDefaultAsync(f => f.PublicId == publicId, ct) : null;
        }

        if (file is null || !store.Exists(file.Sha256))
        {
            return ApiProblems.NotFound("没有找到该材料文件。");
        }

        var who = await needToKnow.MemberAsync(http.User, http.Connection.RemoteIpAddress?.ToString(), ct);
        var subject = file.CaseNumber ?? file.ApplicationNumber ?? file.Sha256;
        if (await MayOpenAsync(who, file, needToKnow, ct) != Access.Allowed)
        {
            await audit.WriteAsync(who.UserName, "file.view", subject, $"{file.MaterialName}；无权查看", who.Address, AuditOutcome.Denied, ct);
            return Results.Problem(title: "无权访问", detail: "您的账号无权查看该材料（仅限本大厅、或有审查任务的部门）。", statusCode: StatusCodes.Status403Forbidden);
        }

        await audit.WriteAsync(who.UserName, download == true ? "file.download" : "file.view", subject, $"{file.MaterialName}；{file.Sha256}", who.Address, ct);
        http.Response.Headers.CacheControl = "private, no-store";
        return Results.File(store.OpenRead(file.Sha256), file.ContentType, download == true ? file.DisplayName : null, enableRangeProcessing: true);
    }

    /// <summary>The case's rule once the file belongs to a case; before that, the staff of the hall it was sent to.</summary>
    public static async Task<Access> MayOpenAsync(StaffMember who, MaterialFile file, NeedToKnow needToKnow, CancellationToken ct)
    {
        if (file.CaseNumber is { } caseNumber)
        {
            var access = await needToKnow.CaseAccessAsync(who, caseNumber, ct);
            return access == Access.NotFound ? Access.Denied : access;
        }

        return who.IsAdmin || (who.HallCode == file.HallCode && (who.Roles.Contains(Roles.Clerk) || who.Roles.Contains(Roles.Manager)))
            ? Access.Allowed
            : Access.Denied;
    }
}
