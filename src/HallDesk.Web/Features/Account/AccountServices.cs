using HallDesk.Web.Data;
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

        // Identity's stores want a scoped context; everything else uses the factory.
        services.AddScoped(sp => sp.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<HallDeskDbContext>>().CreateDbContext());
        return builder;
    }

    public static WebApplication MapAccountEndpoints(this WebApplication app)
    {
        app.MapPost("/account/logout", async (HttpContext http, SignInManager<StaffUser> signIn, AuditWriter audit) =>
        {
            var name = http.User.Identity?.Name ?? "";
            await signIn.SignOutAsync();
            await audit.WriteAsync(name, "logout", name, "", http.Connection.RemoteIpAddress?.ToString());
            return Results.LocalRedirect("/login");
        }).ExcludeFromDescription();
        return app;
    }
}
