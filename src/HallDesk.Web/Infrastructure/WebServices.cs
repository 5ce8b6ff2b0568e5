using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using HallDesk.Web.Features.Appointments;
using HallDesk.Web.Features.Evaluation;
using HallDesk.Web.Features.Guide;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Messaging;
using HallDesk.Web.Features.Online;
using HallDesk.Web.Features.Progress;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Localization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.FileProviders;
using MudBlazor.Services;

namespace HallDesk.Web.Infrastructure;

public static class WebServices
{
    public const string PublicRateLimit = PublicDoors.Api;

    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en-US")];

    public static WebApplicationBuilder AddHallDeskWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddSignalR();
        builder.AddLiveFeature();
        services.AddMudServices();
        services.AddTransient<Components.UserAction>();
        services.AddLocalization();
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemMapping>();
        services.AddSingleton<Staff.StaffContextLoader>();
        services.AddHallDeskOpenApi();
        PageCompression.AddTo(services);

        // Without this, Chinese in prerendered HTML comes out as &#x...; entities.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            // The hall speaks Chinese whatever the browser says; English is chosen by ?culture=en-US or the cookie.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });

        services.AddPublicDoors(builder.Configuration);
        return builder;
    }

    public static WebApplication UseHallDeskWeb(this WebApplication app)
    {
        app.UseResponseCompression();
        app.UseRequestLocalization();
        app.UseApiStatusPages();
        app.Use(RememberCultureChoice);
        app.UseExceptionHandler();

        var assets = Path.Combine(AppContext.BaseDirectory, "wwwroot-assets");
        if (Directory.Exists(assets))
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(assets), RequestPath = "/assets" });
        }

        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    /// <summary>
    /// A ?culture= the hall supports is written to the culture cookie, so the circuit that starts after the first
    /// page load (its requests carry no query) speaks the same language instead of falling back to Chinese.
    /// </summary>
    private static Task RememberCultureChoice(HttpContext context, RequestDelegate next)
    {
        if (context.Features.Get<IRequestCultureFeature>() is { Provider: QueryStringRequestCultureProvider } chosen)
        {
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(chosen.RequestCulture),
                new CookieOptions { Path = "/", MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax });
        }

        return next(context);
    }

    public static WebApplication MapHallDeskEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResultStatusCodes = { [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy] = 503 } });
        app.MapOpenApi();
        app.MapGroup("/api/v1")
            .RequireRateLimiting(PublicRateLimit)
            .WithTags(ApiDocument.Tag)
            .MapQueueApi()
            .MapProgressApi()
            .MapCatalogApi()
            .MapEvaluationApi()
            .MapAppointmentApi()
            .MapOnlineApi()
            .MapMessagingApi();
        return app;
    }
}
