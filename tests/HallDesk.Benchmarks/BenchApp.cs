using System.Globalization;
using System.Net;
using System.Net.Sockets;
using HallDesk.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HallDesk.Benchmarks;

/// <summary>
/// The whole app on a real loopback port, over a fresh SQLite file, with the demo hall seeded, the
/// production environment, errors-only logging and rate limits too high to interfere.
/// </summary>
// global::Program is the app's entry point; HallDesk.Benchmarks.Program is this one's.
public sealed class BenchApp : WebApplicationFactory<global::Program>
{
    public const string Hall = "AM";
    public const string Password = "HallDesk@2026";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "halldesk-bench", Guid.NewGuid().ToString("N"));

    private readonly BenchStore? _store;
    private readonly IReadOnlyDictionary<string, string> _settings;

    /// <summary>
    /// Over a fresh SQLite file; or over <paramref name="store"/> (PostgreSQL, optionally with the Redis backplane).
    /// <paramref name="settings"/> override the benchmark's own (a limit as deployed, say).
    /// </summary>
    public BenchApp(BenchStore? store = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        _store = store;
        _settings = settings ?? new Dictionary<string, string>();
        Port = FreePort();
        UseKestrel(Port);
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}");

    public string DatabasePath => Path.Combine(_folder, "halldesk.db");

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async Task<HallDeskDbContext> DbAsync() =>
        await Get<IDbContextFactory<HallDeskDbContext>>().CreateDbContextAsync();

    public async Task<Actor> ActorAsync(string userName)
    {
        await using var scope = Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByNameAsync(userName)
            ?? throw new InvalidOperationException($"The demo account {userName} is missing.");
        return new Actor(user.Id, userName, "127.0.0.1");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Production");
        // Outside Development the build's static web assets (the CSS bundle, blazor.web.js) are not mapped
        // unless asked; the pages of the circuit phase need them. A published app has them in wwwroot.
        builder.UseStaticWebAssets();
        if (_store is { } store)
        {
            builder.UseSetting("Database:Provider", "PostgreSql");
            builder.UseSetting("ConnectionStrings:HallDesk", store.ConnectionString);
            builder.UseSetting("SignalR:Redis", store.Redis ?? "");
        }
        else
        {
            builder.UseSetting("ConnectionStrings:HallDesk", $"Data Source={DatabasePath}");
        }

        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:History", "false");
        builder.UseSetting("Demo:Password", Password);
        // Every door wide open: the benchmark's clients all come from 127.0.0.1 (the join flood phase measures the
        // hub's ordering under a flood that passes the limit, as one from many addresses would).
        foreach (var key in (string[])["PublicPerMinute", "PagesPerMinute", "TicketsPerMinute", "TicketsPerKioskPerMinute", "HubConnectionsPerMinute", "HubJoinsPerMinute"])
        {
            builder.UseSetting("RateLimit:" + key, "1000000");
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        // appsettings.json asks for Information; errors are all a benchmark should print.
        builder.UseSetting("Logging:LogLevel:Default", "Error");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Error");
        // Critical: on a fresh PostgreSQL database EF logs its first look for the migrations table as an error.
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Critical");
        builder.ConfigureLogging(logging => logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Error)
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Critical));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held on a slow shutdown is left to the temp folder's cleaner.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
