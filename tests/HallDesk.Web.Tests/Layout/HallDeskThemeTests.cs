using System.Globalization;
using HallDesk.Web.Components.Layout;
using MudBlazor;
using MudBlazor.Utilities;

namespace HallDesk.Web.Tests.Layout;

/// <summary>
/// Every colour MudBlazor draws text with, in both themes, reaches WCAG 2.1 AA's 4.5:1 both ways: white text on it
/// (filled buttons, chips, snackbars) and it as text on white (text buttons, <c>Color.Warning</c> text). MudBlazor's
/// defaults (Success #00c853 2.2:1, Warning #ff9800 2.2:1, Info #2196f3 3.1:1, Error #f44336 3.7:1) fail this.
/// </summary>
public sealed class HallDeskThemeTests
{
    public static TheoryData<string, string> Colours()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, theme) in new[] { ("Staff", HallDeskTheme.Staff), ("Public", HallDeskTheme.Public) })
        {
            var p = theme.PaletteLight;
            data.Add($"{name}.Primary", p.Primary.ToString(MudColorOutputFormats.Hex));
            data.Add($"{name}.Secondary", p.Secondary.ToString(MudColorOutputFormats.Hex));
            data.Add($"{name}.Success", p.Success.ToString(MudColorOutputFormats.Hex));
            data.Add($"{name}.Info", p.Info.ToString(MudColorOutputFormats.Hex));
            data.Add($"{name}.Warning", p.Warning.ToString(MudColorOutputFormats.Hex));
            data.Add($"{name}.Error", p.Error.ToString(MudColorOutputFormats.Hex));
            data.Add($"{name}.TextSecondary", p.TextSecondary.ToString(MudColorOutputFormats.Hex));
            data.Add($"{name}.TextDisabled", p.TextDisabled.ToString(MudColorOutputFormats.Hex));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Colours))]
    public void ThemeColour_AgainstWhite_ReachesFourAndAHalfToOne(string name, string hex)
    {
        var ratio = Contrast(hex, "#ffffff");
        Assert.True(ratio >= 4.5, $"{name} {hex} is {ratio:0.00}:1 against white.");
    }

    [Fact]
    public void Contrast_OfMudBlazorsDefaultWarning_IsTheFailingFigureTheIssueQuotes() =>
        Assert.Equal(2.16, Math.Round(Contrast("#ff9800", "#ffffff"), 2));

    private static double Contrast(string a, string b)
    {
        var (x, y) = (Luminance(a), Luminance(b));
        return (Math.Max(x, y) + 0.05) / (Math.Min(x, y) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int i)
        {
            var v = int.Parse(hex.AsSpan(1 + (2 * i), 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(0)) + (0.7152 * Channel(1)) + (0.0722 * Channel(2));
    }
}
