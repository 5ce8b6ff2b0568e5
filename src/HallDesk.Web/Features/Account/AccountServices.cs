using HallDesk.Data;
using HallDesk.Web.Infrastructure;
using HallDesk.Web.Localization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace HallDesk.Web.Features.Account;

public static class AccountServices
{
    public const int MaxFailedLogins = 5;

    public static WebApplicationBuilder AddHallDeskIdentity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCascadingAuthenticationState();
        services.AddAuthorization();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/login";
            o.AccessDeniedPath = "/access-denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            o.SlidingExpiration = true;
            // API callers get status codes, not a login page.
            o.Events.OnRedirectToLogin = context => ApiOrRedirect(context, StatusCodes.Status401Unauthorized, "请先登录。");
            o.Events.OnRedirectToAccessDenied = async context =>
            {
                // A signed-in user refused a page or an API by role: the audit log records who tried what, from where.
                await context.HttpContext.RequestServices.GetRequiredService<AuditWriter>().WriteAsync(context.HttpContext.User.Identity?.Name ?? "",
                    "access.denied", context.Request.Path.Value ?? "", context.Request.Method, context.HttpContext.Connection.RemoteIpAddress?.ToString(),
                    AuditOutcome.Denied, context.HttpContext.RequestAborted);
                await ApiOrRedirect(context, StatusCodes.Status403Forbidden, "您的账号没有此操作的权限。");
            };
        });
        services.AddIdentityCore<StaffUser>(o =>
            {
                o.Lockout.MaxFailedAccessAttempts = MaxFailedLogins;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.Password.RequiredLength = 8;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<HallDeskDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.AddScoped<SignInStaff>();

        // Identity's stores want a scoped context; everything else uses the factory.
        services.AddScoped(sp => sp.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<HallDeskDbContext>>().CreateDbContext());
        return builder;
    }

    private static Task ApiOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status, string detail)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }

        context.Response.StatusCode = status;
        return Results.Problem(title: status == 401 ? "未登录" : "无权访问", detail: detail, statusCode: status).ExecuteAsync(context.HttpContext);
    }

    public static WebApplication MapAccountEndpoints(this WebApplication app)
    {
        // A form POST with the antiforgery token of the page (MainLayout's 退出 button); a cross-site POST has none.
        // An anonymous request changes nothing and writes nothing, so it cannot fill the audit log.
        app.MapPost("/account/logout", async (HttpContext http, IAntiforgery antiforgery, SignInManager<StaffUser> signIn, AuditWriter audit) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.Problem(title: Texts.Error("Problem.Logout.Title"), detail: Texts.Error("Problem.Logout.Detail"), statusCode: StatusCodes.Status400BadRequest);
            }

            if (http.User.Identity is { IsAuthenticated: true, Name: var name })
            {
                await signIn.SignOutAsync();
                await audit.WriteAsync(name ?? "", "logout", name ?? "", "", http.Connection.RemoteIpAddress?.ToString());
            }

            return Results.LocalRedirect("/login");
        }).RequireRateLimiting(PublicDoors.Pages).ExcludeFromDescription();
        return app;
    }
}
