using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HallDesk.E2E;

/// <summary>What every browser test does as staff: sign in through the real login page, fill Blazor fields.</summary>
public static class StaffBrowser
{
    /// <summary>Opens a staff page, is sent to /login, signs in and is back on the page once it is interactive.</summary>
    public static async Task SignInAsync(IPage page, string path, string userName)
    {
        await page.GotoAsync(path);
        await Expect(page).ToHaveURLAsync(new Regex("/login"));
        await page.GetByTestId("username").FillAsync(userName);
        await page.GetByTestId("password").FillAsync(AppFixture.Password);
        await page.GetByTestId("login-submit").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(path) + "$"));
        await Expect(page.Locator("[data-interactive=true]")).ToBeAttachedAsync();
    }

    /// <summary>Fields that bind on change, which the browser fires when the field loses focus.</summary>
    public static async Task FillAndLeaveAsync(ILocator field, string value)
    {
        await field.FillAsync(value);
        await field.BlurAsync();
    }
}
