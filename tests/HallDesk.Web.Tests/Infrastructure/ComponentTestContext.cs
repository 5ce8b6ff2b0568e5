using System.Globalization;
using System.Security.Claims;
using Bunit;
using HallDesk.Data;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace HallDesk.Web.Tests.Infrastructure;

/// <summary>bUnit with MudBlazor, loose JS interop, Chinese UI, and the app's real services behind it.</summary>
public abstract class ComponentTestContext : BunitContext
{
    protected ComponentTestContext()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddTransient<Web.Components.UserAction>();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    /// <summary>MudBlazor's services dispose only asynchronously, and xUnit 2 disposes test classes synchronously.</summary>
#pragma warning disable CA2215 // base.Dispose(bool) would dispose the services synchronously, which MudBlazor refuses.
    protected override void Dispose(bool disposing)
#pragma warning restore CA2215
    {
        if (disposing)
        {
            DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    protected void UseApp(HallDeskFactory factory)
    {
        // MudBlazor registers the system clock; components under test run on the app's fake one.
        Services.AddSingleton<TimeProvider>(factory.Clock);
        Services.AddFallbackServiceProvider(factory.Services);
    }

    protected void SignIn(Actor actor, string role)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized(actor.UserName);
        auth.SetRoles(role);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, actor.UserId));
    }
}
