using System.Diagnostics.CodeAnalysis;
using System.Net;
using HallDesk.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace HallDesk.E2E;

/// <summary>Browser tests share one app and one Chromium; xUnit runs the tests of a collection one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ChromiumApp : ICollectionFixture<AppFixture>
{
    public const string Name = "HallDesk in Chromium";
}

/// <summary>
/// The whole app on a real loopback port (Kestrel, not TestServer: the browser needs a socket),
/// over a fresh SQLite file with the demo hall seeded, and Debian's Chromium driven by Playwright.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xUnit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public class AppFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>What Debian's fonts-noto-cjk installs: the pages and slips are Chinese.</summary>
    public const string CjkFontPath = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

    public const string Password = "E2e@2026pass";

    /// <summary>Generous: the first render of a circuit on a busy two-core machine takes a few seconds.</summary>
    public const float Timeout = 15_000;

    private readonly HallDeskServer _server;
    private readonly List<IBrowserContext> _contexts = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public AppFixture()
        : this(null)
    {
    }

    /// <summary>For a flow that spans days (book today, come in on the day): the app runs on <paramref name="clock"/>.</summary>
    protected AppFixture(TimeProvider? clock)
        : this(clock, new Dictionary<string, string>())
    {
    }

    /// <summary>For a test that needs more than the bare demo (Demo:History on, say): <paramref name="settings"/> win.</summary>
    protected AppFixture(TimeProvider? clock, IReadOnlyDictionary<string, string> settings) => _server = new HallDeskServer(clock, settings);

    public string BaseUrl { get; private set; } = "";

    /// <summary>The app's services, for a test that must read what only the database knows (a ticket's watch token).</summary>
    public IServiceProvider Services => _server.Services;

    public async Task InitializeAsync()
    {
        // Installed when missing, as the PostgreSQL tests install their server: the README's `dotnet test` is the whole
        // set-up. Where it cannot be installed the tests fail, never skip (Playwright's own download is not used here).
        AptPackages.Require(ChromiumPath, "chromium");
        AptPackages.Require(CjkFontPath, "fonts-noto-cjk");

        _server.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _server.StartServer();
        var addresses = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        BaseUrl = addresses?.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel started but reported no address.");

        Assertions.SetDefaultExpectTimeout(Timeout);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A page in a browser context of its own, so each page has its own cookies (a kiosk, a clerk, a board).</summary>
    public async Task<IPage> NewPageAsync(int width, int height)
    {
        var context = await _browser!.NewContextAsync(new()
        {
            BaseURL = BaseUrl,
            ViewportSize = new() { Width = width, Height = height },
            // The hall speaks Chinese whatever the browser asks for: ask for English to prove it.
            Locale = "en-US",
        });
        context.SetDefaultTimeout(Timeout);
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await _server.DisposeAsync();
    }

    private sealed class HallDeskServer(TimeProvider? clock, IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<Program>
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "halldesk-e2e", Guid.NewGuid().ToString("N"));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            Directory.CreateDirectory(_folder);
            builder.UseSetting("ConnectionStrings:HallDesk", $"Data Source={Path.Combine(_folder, "halldesk.db")}");
            builder.UseSetting("Demo:Seed", "true");
            builder.UseSetting("Demo:History", "false");
            builder.UseSetting("Demo:Password", Password);
            // The browser tests all come from 127.0.0.1; the limits have tests of their own (HallDesk.Web.Tests).
            foreach (var key in (string[])["PagesPerMinute", "TicketsPerMinute", "TicketsPerKioskPerMinute", "HubConnectionsPerMinute", "HubJoinsPerMinute", "LoginFailuresPerAddress", "CodesPerAddressPerHour"])
            {
                builder.UseSetting("RateLimit:" + key, "1000000");
            }

            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            if (clock is not null)
            {
                // The no-show sweep runs on the wall clock; a test on its own clock records no-shows itself.
                builder.UseSetting("Appointments:NoShowSweepMinutes", "0");
                builder.ConfigureServices(services => services.AddSingleton(clock));
            }
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow shutdown is left to the temp folder's cleaner.
            }
        }
    }
}
