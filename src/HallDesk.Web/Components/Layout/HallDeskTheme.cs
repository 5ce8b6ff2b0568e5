using MudBlazor;

namespace HallDesk.Web.Components.Layout;

/// <summary>
/// The two themes. Every colour a MudBlazor component draws text with reaches 4.5:1 (WCAG 2.1 AA) both ways: white
/// text on the colour (filled buttons, chips, snackbars) and the colour as text on white (text buttons, outlined
/// chips, <c>Color.Warning</c> text). MudBlazor's own Success (#00c853, 2.2:1), Info (#2196f3, 3.1:1), Warning (#ff9800,
/// 2.2:1) and Error (#f44336, 3.7:1) do not; neither do its disabled greys. tests/HallDesk.E2E/Accessibility checks them.
/// </summary>
public static class HallDeskTheme
{
    private static readonly string[] Fonts = ["Noto Sans SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "sans-serif"];

    public static readonly MudTheme Staff = new()
    {
        PaletteLight = Accessible(new PaletteLight { Primary = "#1f5aa6", Secondary = "#c0392b", AppbarBackground = "#1f5aa6" }),
        Typography = new Typography { Default = new DefaultTypography { FontFamily = Fonts } },
    };

    public static readonly MudTheme Public = new()
    {
        // #0b7a53: the hall's green, one step darker than #0f8a5f (4.4:1) so white on it reads at 5.4:1.
        PaletteLight = Accessible(new PaletteLight { Primary = "#1f5aa6", Secondary = "#0b7a53" }),
        Typography = new Typography { Default = new DefaultTypography { FontFamily = Fonts, FontSize = "1.1rem" } },
    };

    private static PaletteLight Accessible(PaletteLight palette)
    {
        palette.Success = "#2e7d32";         // 5.1:1 with white
        palette.Info = "#1565c0";            // 5.8:1
        palette.Warning = "#b45309";         // 5.0:1: amber darkened until white on it reads
        palette.Error = "#c62828";           // 5.6:1
        palette.TextSecondary = "#5f6368";  // 6.0:1 on white, 5.6:1 on a tinted row (MudBlazor's 54 % black: 4.5:1 on white, less on a tint)
        palette.TextDisabled = "#666666";    // 5.7:1 on white: a disabled field's label and value stay legible
        palette.ActionDisabled = "#616161";  // 4.7:1 on the disabled button's grey
        return palette;
    }
}
