using HallDesk.Data;
using HallDesk.Domain.Queue;
using HallDesk.Web.Features.Documents;
using HallDesk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Features.Queue;

/// <summary>The kiosk's ticket slip: a PDF for the 80 mm thermal printer with the wait as it is when printed.</summary>
public static class TicketSlipEndpoints
{
    public static WebApplication MapTicketSlip(this WebApplication app)
    {
        app.MapGet("/api/v1/halls/{hall}/tickets/{number}/slip", SlipAsync)
            .RequireRateLimiting(WebServices.PublicRateLimit)
            .WithTags("HallDesk public API")
            .WithName("GetTicketSlip")
            .WithSummary("号票（80 mm 热敏纸 PDF），当天有效")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/kiosk/{hall}/slip/{number}", (string hall, string number) =>
            DocumentEndpoints.PrintPage($"/api/v1/halls/{Uri.EscapeDataString(hall)}/tickets/{Uri.EscapeDataString(number)}/slip")).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> SlipAsync(string hall, string number, IDbContextFactory<HallDeskDbContext> dbFactory, WriteGate gate,
        DocumentArchive archive, TimeProvider time, CancellationToken ct)
    {
        // Slip numbers are per hall: printing queues behind this hall's writes only.
        await using var write = await WriteScope.BeginForHallAsync(dbFactory, gate, hall, ct);
        var db = write.Db;
        var h = await db.Halls.AsNoTracking().SingleOrDefaultAsync(x => x.Code == hall, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var today = h?.LocalDate(now);
        var ticket = h is null ? null : await db.Tickets.AsNoTracking().SingleOrDefaultAsync(t => t.HallCode == hall && t.ServiceDate == today && t.Number == number, ct);
        if (h is null || ticket is null)
        {
            return ApiProblems.NotFound($"今天没有 {number} 号。");
        }

        var stats = (await QueueQueries.LineStatsAsync(db, h, now, ct)).Single(s => s.Code == ticket.LineCode);
        var ahead = ticket.Status == TicketStatus.Waiting
            ? await db.Tickets.CountAsync(t => t.HallCode == hall && t.ServiceDate == today && t.Status == TicketStatus.Waiting && t.LineCode == ticket.LineCode && t.QueuedAt < ticket.QueuedAt, ct)
            : 0;
        var slip = await archive.SlipAsync(db, h, ticket, ahead, stats.EstimateFor(ahead), stats.Name, ct);
        await write.CommitAsync(ct);
        return Results.File(slip.Content, "application/pdf");
    }
}
