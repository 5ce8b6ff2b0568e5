using System.Reflection;
using Bunit;
using HallDesk.Web.Components.Layout;
using HallDesk.Web.Features.Kiosk;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace HallDesk.Web.Tests.Features.Kiosk;

/// <summary>
/// Issue 21 item 6: a kiosk's circuit stays open all day, so its start screen is plain markup with MudBlazor's classes
/// (the same look) instead of some thirty MudText/MudItem/MudGrid components, and its layout has none of the providers
/// it never uses. Each component would hold its state and two render-tree buffers in every open circuit.
/// </summary>
public sealed class KioskCircuitCostTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    public KioskCircuitCostTests(HallDeskFactory factory) => UseApp(factory);

    [Fact]
    public async Task StartScreen_HoldsNoMudBlazorComponent_AndKeepsMudBlazorsTypographyAndGridClasses()
    {
        var kiosk = Render<KioskPage>(p => p.Add(k => k.Hall, "AM"));
        await kiosk.WaitForElementAsync("[data-testid=kiosk-line-E]");

        Assert.Empty(kiosk.FindComponents<MudComponentBase>());
        Assert.Equal("mud-typography mud-typography-h4 mud-primary-text", kiosk.Find("h1").ClassName);
        Assert.Equal("mud-grid mud-grid-spacing-xs-3 justify-start", kiosk.Find(".mud-grid").ClassName);
        Assert.All(kiosk.FindAll(".mud-grid > div"), cell => Assert.Equal("mud-grid-item mud-grid-item-xs-12 mud-grid-item-sm-6", cell.ClassName));
        var name = kiosk.Find("[data-testid=kiosk-line-E] span");
        Assert.Equal("mud-typography mud-typography-h3 mud-primary-text d-block", name.ClassName);
    }

    [Fact]
    public async Task ElderMode_TilesTakeTheWholeRow_AsMudItemSm12Did()
    {
        var kiosk = Render<KioskPage>(p => p.Add(k => k.Hall, "AM"));
        await kiosk.WaitForElementAsync("[data-testid=kiosk-line-E]");

        await kiosk.Find("[data-testid=elder-mode]").ClickAsync(new());

        var cells = kiosk.FindAll(".mud-grid > div");
        Assert.Equal(9, cells.Count);
        Assert.All(cells, cell => Assert.Equal("mud-grid-item mud-grid-item-xs-12 mud-grid-item-sm-12", cell.ClassName));
    }

    [Fact]
    public void KioskLayout_HasThePublicThemeAsMudThemeProviderRendersIt_WithoutTheComponent_AndNoProviderTheKioskNeverUses()
    {
        Assert.Equal(typeof(KioskLayout), typeof(KioskPage).GetCustomAttribute<LayoutAttribute>()!.LayoutType);
        var provider = Render<MudThemeProvider>(p => p.Add(t => t.Theme, HallDeskTheme.Public).Add(t => t.ObserveSystemDarkModeChange, false));

        var layout = Render<KioskLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddMarkupContent(0, "<p>kiosk</p>"))));

        Assert.Equal(provider.Markup.TrimEnd(), layout.Markup[..layout.Markup.IndexOf("<main>", StringComparison.Ordinal)].TrimEnd(), ignoreLineEndingDifferences: true);
        Assert.Contains("--mud-palette-secondary:", layout.Markup, StringComparison.Ordinal);
        Assert.Equal("kiosk", layout.Find("main > p").TextContent);
        Assert.Empty(layout.FindComponents<MudThemeProvider>());
        Assert.Empty(layout.FindComponents<MudPopoverProvider>());
        Assert.Empty(layout.FindComponents<MudDialogProvider>());
        Assert.Empty(layout.FindComponents<MudSnackbarProvider>());
    }
}
