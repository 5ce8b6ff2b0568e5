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

    private HallDeskFactory? _app;

    protected void UseApp(HallDeskFactory factory)
    {
        _app = factory;
        // MudBlazor registers the system clock; components under test run on the app's fake one.
        Services.AddSingleton<TimeProvider>(factory.Clock);
        Services.AddFallbackServiceProvider(factory.Services);
    }

    /// <summary>Signs in as a seeded staff member and cascades their staff context, as MainLayout does.</summary>
    protected async Task<StaffMember> SignInAsync(Actor actor)
    {
        var staff = await (_app ?? throw new InvalidOperationException("UseApp first.")).StaffAsync(actor.UserName, actor.Address);
        SignIn(staff);
        return staff;
    }

    /// <summary>Signs in with exactly this context: pages must take the user's hall and department from it.</summary>
    protected void SignIn(StaffMember staff)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized(staff.UserName);
        auth.SetRoles([.. staff.Roles]);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, staff.UserId));
        Services.AddCascadingValue(_ => staff);
    }
}
