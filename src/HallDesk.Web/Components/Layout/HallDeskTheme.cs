using MudBlazor;

namespace HallDesk.Web.Components.Layout;

public static class HallDeskTheme
{
    private static readonly string[] Fonts = ["Noto Sans SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "sans-serif"];

    public static readonly MudTheme Staff = new()
    {
        PaletteLight = new PaletteLight { Primary = "#1f5aa6", Secondary = "#c0392b", AppbarBackground = "#1f5aa6" },
        Typography = new Typography { Default = new DefaultTypography { FontFamily = Fonts } },
    };

    public static readonly MudTheme Public = new()
    {
        PaletteLight = new PaletteLight { Primary = "#1f5aa6", Secondary = "#0f8a5f" },
        Typography = new Typography { Default = new DefaultTypography { FontFamily = Fonts, FontSize = "1.1rem" } },
    };
}
