using HallDesk.Web.Components;
using HallDesk.Data;
using HallDesk.Web.Features.Account;
using HallDesk.Web.Features.Admin;
using HallDesk.Web.Features.Agency;
using HallDesk.Web.Features.Appointments;
using HallDesk.Web.Features.Audit;
using HallDesk.Web.Features.Demo;
using HallDesk.Web.Features.Documents;
using HallDesk.Web.Features.Evaluation;
using HallDesk.Web.Features.Guide;
using HallDesk.Web.Features.Halls;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Manager;
using HallDesk.Web.Features.Messaging;
using HallDesk.Web.Features.Online;
using HallDesk.Web.Features.Progress;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Features.Reports;
using HallDesk.Web.Features.Review;
using HallDesk.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(AppPlacement.Options(args));
builder.ServeBuildOutputAssets();

builder.AddHallDeskNode();
builder.AddHallDeskData();
builder.AddHallDeskIdentity();
builder.AddHallDeskWeb();
builder.AddSecurityHeaders();
builder.Services.AddMessagingFeature();
builder.Services.AddQueueFeature();
builder.Services.AddIntakeFeature();
builder.Services.AddAgencyFeature();
builder.Services.AddOnlineFeature();
builder.Services.AddReviewFeature();
builder.Services.AddDocumentsFeature();
builder.Services.AddProgressFeature();
builder.Services.AddGuideFeature();
builder.Services.AddHallsFeature();
builder.Services.AddEvaluationFeature();
builder.Services.AddAppointmentsFeature();
builder.Services.AddReportsFeature();
builder.Services.AddManagerFeature();
builder.Services.AddAdminFeature();
builder.Services.AddAuditFeature();
builder.Services.AddDemoFeature();

var app = builder.Build();
app.UseHallDeskNode();
app.UseSecurityHeaders();

await app.PrepareDatabaseAsync();
await app.SeedDemoHistoryAsync();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseHallDeskWeb();

app.MapStaticAssets();
app.MapHallDeskEndpoints();
app.MapAccountEndpoints();
app.MapDocumentEndpoints();
app.MapMaterialFileEndpoints();
app.MapReportEndpoints();
app.MapAuditEndpoints();
app.MapHub<QueueHub>("/hubs/queue").RequireRateLimiting(PublicDoors.HubConnections);
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode()
    .Add(PublicDoors.LimitPublicPages);

app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests and the benchmark.</summary>
public partial class Program;
