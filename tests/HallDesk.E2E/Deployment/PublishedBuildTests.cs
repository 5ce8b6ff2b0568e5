using System.Collections.Concurrent;
using System.Diagnostics;
using HallDesk.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HallDesk.E2E.Deployment;

/// <summary>
/// Issue 20: the folder <c>dotnet publish</c> gives is what a hall deploys. Started from there as deployed
/// (ASPNETCORE_ENVIRONMENT unset, so Production: no static web assets from the source tree), every script and
/// stylesheet must load, so that the pages become interactive.
/// </summary>
public sealed class PublishedBuildTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "halldesk-publish", Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        AptPackages.Require(AppFixture.ChromiumPath, "chromium");
        AptPackages.Require(AppFixture.CjkFontPath, "fonts-noto-cjk");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = AppFixture.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    [Fact]
    public async Task PublishedFolder_StartedAsDeployed_LoadsKioskAndLoginWithoutAFailedRequest()
    {
        var published = await PublishAsync();
        var log = new ConcurrentQueue<string>();
        await using var app = new AppProcess(
            new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "",
                ["DOTNET_ENVIRONMENT"] = "",
                ["ConnectionStrings__HallDesk"] = $"Data Source={Path.Combine(_folder, "halldesk.db")}",
                ["Demo__Seed"] = "true",
                ["Demo__History"] = "false",
                ["Demo__Password"] = AppFixture.Password,
            },
            output: log.Enqueue,
            webDll: Path.Combine(published, "HallDesk.Web.dll"));
        await app.StartAsync();

        await AssertKioskAndLoginLoadAsync(app, log);
    }

    /// <summary>
    /// As a service manager would start it: the build's dll by its full path, from another working directory, no
    /// environment and no settings of ours but the database (the password and the rest must come from the
    /// appsettings.json beside the program). Before: from an unrelated folder the start failed for want of
    /// Demo:Password (no settings found); from the project folder every package and generated file answered 500.
    /// </summary>
    [Theory]
    [InlineData("an unrelated folder")]
    [InlineData("the project folder")]
    public async Task BuildOutput_StartedFromAnotherFolderInProduction_FindsItsSettingsAndLoadsEveryFile(string from)
    {
        Directory.CreateDirectory(_folder);
        var workingDirectory = from == "the project folder"
            ? Path.GetFullPath(Path.Combine(Path.GetDirectoryName(AppProcess.WebDll)!, "..", "..", ".."))
            : _folder;
        var log = new ConcurrentQueue<string>();
        await using var app = new AppProcess(
            new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "",
                ["DOTNET_ENVIRONMENT"] = "",
                ["ConnectionStrings__HallDesk"] = $"Data Source={Path.Combine(_folder, "halldesk.db")}",
                ["Demo__History"] = "false",
            },
            output: log.Enqueue,
            workingDirectory: workingDirectory);
        await app.StartAsync();

        await AssertKioskAndLoginLoadAsync(app, log);
    }

    private async Task AssertKioskAndLoginLoadAsync(AppProcess app, ConcurrentQueue<string> log)
    {
        var context = await _browser!.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString().TrimEnd('/') });
        context.SetDefaultTimeout(AppFixture.Timeout);
        var page = await context.NewPageAsync();
        var failures = new ConcurrentQueue<string>();
        page.RequestFailed += (_, request) => failures.Enqueue($"{request.Url}: {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failures.Enqueue($"{response.Url}: {response.Status}");
            }
        };

        var kiosk = await page.GotoAsync("/kiosk/AM", new() { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.Equal(200, kiosk!.Status);
        // The circuit rendered: blazor.web.js, MudBlazor's script and the page's own ran.
        await Expect(page.Locator("[data-interactive=true]")).ToBeAttachedAsync();
        var login = await page.GotoAsync("/login", new() { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.Equal(200, login!.Status);
        // A static page (its form posts): Blazor's script still runs it (enhanced navigation and forms).
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await Expect(page.Locator("input[type=password]")).ToBeVisibleAsync();

        Assert.True(failures.IsEmpty, "failed requests:\n" + string.Join("\n", failures) + "\napp log:\n" + string.Join("\n", log.TakeLast(40)));
        await context.CloseAsync();
    }

    /// <summary>
    /// <c>dotnet publish --no-build</c> of the build the tests run on (the same configuration): no second compile on a
    /// two-core machine, and it proves the publish step works without a build (NETSDK1085 in issue 20).
    /// </summary>
    private async Task<string> PublishAsync()
    {
        var webDll = AppProcess.WebDll;
        var configuration = new DirectoryInfo(Path.GetDirectoryName(webDll)!).Parent!.Name;
        var project = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(webDll)!, "..", "..", "..", "HallDesk.Web.csproj"));
        var output = Path.Combine(_folder, "app");
        var info = new ProcessStartInfo("dotnet", ["publish", project, "--no-build", "--nologo", "-c", configuration, "-o", output])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"dotnet publish --no-build exited {process.ExitCode}:\n{await stdout}\n{await stderr}");
        return output;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The app may still hold the database for a moment; the temp folder is cleaned by the system.
        }
    }
}
