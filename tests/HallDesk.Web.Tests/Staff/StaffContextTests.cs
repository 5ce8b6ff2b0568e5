using System.Security.Claims;
using Bunit;
using HallDesk.Data;
using HallDesk.Web.Components;
using HallDesk.Web.Features.Manager;
using HallDesk.Web.Staff;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace HallDesk.Web.Tests.Staff;

/// <summary>The layout reads who is signed in once; pages take their hall from the cascaded context, not from the database.</summary>
public sealed class StaffContextTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public StaffContextTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    [Fact]
    public async Task Provider_SignedInReviewer_CascadesHallDepartmentRolesAndTheAuditActor()
    {
        var reviewer = await _factory.ActorAsync("reviewer-scjg");
        var auth = AddAuthorization();
        auth.SetAuthorized("reviewer-scjg");
        auth.SetRoles(Roles.Reviewer);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, reviewer.UserId));

        var probe = RenderProvider("10.0.0.7");

        var staff = await ContextOfAsync(probe);
        Assert.Equal(DemoData.HallCode, staff.HallCode);
        Assert.Equal("scjg", staff.DepartmentCode);
        Assert.Contains(Roles.Reviewer, staff.Roles);
        Assert.DoesNotContain(Roles.Manager, staff.Roles);
        Assert.Equal(new Actor(reviewer.UserId, "reviewer-scjg", "10.0.0.7"), staff.Actor);
    }

    [Fact]
    public async Task Provider_Anonymous_CascadesAnEmptyContext()
    {
        AddAuthorization();

        var probe = RenderProvider("10.0.0.8");

        var staff = await ContextOfAsync(probe);
        Assert.Equal("", staff.UserId);
        Assert.Equal("", staff.HallCode);
        Assert.Equal("10.0.0.8", staff.Actor.Address);
    }

    [Fact]
    public async Task ManagerLivePage_ShowsTheHallOfTheContext_NotTheOneInTheStaffRow()
    {
        // The manager's row says 爱民 (AM); the cascaded context says 向阳 (XY): the page must follow the context.
        var manager = await _factory.StaffAsync("manager");
        Assert.Equal(DemoData.HallCode, manager.HallCode);
        SignIn(manager with { HallCode = "XY" });

        var page = Render<ManagerLivePage>();

        await page.WaitForAssertionAsync(() => Assert.Contains("向阳街道便民服务中心", page.Find("h1").TextContent));
        Assert.DoesNotContain(DemoData.HallName, page.Markup);
    }

    private static async Task<StaffMember> ContextOfAsync(IRenderedComponent<CascadingValue<ClientAddress>> rendered)
    {
        // The provider renders its content only once the context is read.
        await rendered.WaitForAssertionAsync(() => Assert.NotEmpty(rendered.FindComponents<Probe>()));
        return rendered.FindComponent<Probe>().Instance.Staff ?? throw new InvalidOperationException("no context cascaded");
    }

    private IRenderedComponent<CascadingValue<ClientAddress>> RenderProvider(string address) =>
        Render<CascadingValue<ClientAddress>>(p => p
            .Add(x => x.Value, new ClientAddress(address))
            .AddChildContent<StaffContextProvider>(c => c.AddChildContent<Probe>()));

    /// <summary>Stands for a page: records the context it was given.</summary>
    private sealed class Probe : ComponentBase
    {
        [CascadingParameter] public StaffMember? Staff { get; set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, Staff?.HallCode);
    }
}
