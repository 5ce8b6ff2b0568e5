using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace HallDesk.Web.Components.Layout;

/// <summary>
/// The public theme's style elements, rendered once per process by MudThemeProvider itself (statically: it watches
/// nothing) and shared by every kiosk circuit. A MudThemeProvider in each circuit would hold a MudTheme of its own, its
/// own copy of the CSS text and a JS watch of the system's dark mode, all day on every kiosk.
/// </summary>
public static class ThemeStyle
{
    private static Task<MarkupString>? _public;

    public static Task<MarkupString> PublicAsync(IServiceScopeFactory scopes) =>
        _public is { IsFaulted: false } css ? css : _public = RenderAsync(scopes, HallDeskTheme.Public);

    private static async Task<MarkupString> RenderAsync(IServiceScopeFactory scopes, MudTheme theme)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(MudThemeProvider.Theme)] = theme,
                [nameof(MudThemeProvider.ObserveSystemDarkModeChange)] = false,
            });
            var output = await renderer.RenderComponentAsync<MudThemeProvider>(parameters);
            return new MarkupString(output.ToHtmlString());
        });
    }
}
