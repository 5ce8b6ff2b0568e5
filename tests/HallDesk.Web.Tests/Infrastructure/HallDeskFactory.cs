using System.Security.Claims;
using HallDesk.Data;
using HallDesk.Web.Staff;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HallDesk.Web.Tests.Infrastructure;

/// <summary>
/// The whole app over a real SQLite file of its own (fresh per factory), with the demo seeded and
/// a fake clock that starts on a Tuesday morning in Shanghai. <see cref="PostgresHallDeskFactory"/> puts the same
/// app on a fresh PostgreSQL database instead; HALLDESK_TEST_PROVIDER=PostgreSql does that for every factory
/// (the whole suite on PostgreSQL, to check that both providers behave alike).
/// </summary>
public class HallDeskFactory : WebApplicationFactory<Program>
{
    public const string Password = "Test@2026pass";

    /// <summary>2026-12-01 09:00 Asia/Shanghai.</summary>
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "halldesk-tests", Guid.NewGuid().ToString("N"));
    private PostgresTestDatabase? _postgres;

    public HallDeskFactory()
        : this(Start)
    {
    }

    /// <summary>For a test class that needs another day (a fake clock never goes back).</summary>
    protected HallDeskFactory(DateTimeOffset start) =>
        Clock = new FakeTimeProvider(start) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(10) };

    /// <summary>Advances a little on every reading, as a real clock does, so that events in a test have an order.</summary>
    public FakeTimeProvider Clock { get; }

    public string DatabasePath => Path.Combine(_folder, "halldesk.db");

    /// <summary>The PostgreSQL database of this factory, when it runs on PostgreSQL.</summary>
    public string? PostgresDatabaseName => _postgres?.Name;

    protected virtual int PublicPerMinute => 100_000;

    /// <summary>
    /// The RateLimit:* settings of this factory: every door wide open, so that tests from one address do not
    /// trip over each other; a test class about a limit narrows the one it is about.
    /// </summary>
    protected virtual IReadOnlyDictionary<string, int> RateLimits => new Dictionary<string, int>
    {
        ["PublicPerMinute"] = PublicPerMinute,
        ["PagesPerMinute"] = 100_000,
        ["TicketsPerMinute"] = 100_000,
        ["TicketsPerKioskPerMinute"] = 100_000,
        ["HubConnectionsPerMinute"] = 100_000,
        ["HubJoinsPerMinute"] = 100_000,
        ["LoginFailuresPerAddress"] = 100_000,
        ["CodesPerAddressPerHour"] = 100_000,
    };

    /// <summary>Off: a test starts from the bare demo (halls, catalog, accounts); a history test turns Demo:History on.</summary>
    protected virtual bool History => false;

    /// <summary>Off: tests send the outbox themselves (<c>SendDueSms</c>); a test of the background sender turns it on.</summary>
    protected virtual bool BackgroundSmsSender => false;

    protected virtual bool OnPostgreSql =>
        string.Equals(Environment.GetEnvironmentVariable("HALLDESK_TEST_PROVIDER"), "PostgreSql", StringComparison.OrdinalIgnoreCase);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        UseDatabase(builder);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:History", History ? "true" : "false");
        builder.UseSetting("Demo:Password", Password);
        foreach (var (key, value) in RateLimits)
        {
            builder.UseSetting("RateLimit:" + key, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        // The no-show sweep runs on the wall clock; tests call MarkAppointmentNoShows themselves, at the fake time they choose.
        builder.UseSetting("Appointments:NoShowSweepMinutes", "0");
        builder.UseSetting("Queue:DayProfileSweepMinutes", "0");
        builder.UseSetting("Appointments:ReminderMinutes", "0");
        // The default ratings too: a test runs ApplyDefaultRatings at the fake time it chooses, and a history test
        // counts what the history wrote, not what the job added meanwhile.
        builder.UseSetting("Evaluation:DefaultRatingMinutes", "0");
        // The orphan sweep too: a test runs SweepOrphanFiles itself, at the fake time it chooses.
        builder.UseSetting("Storage:OrphanSweepMinutes", "0");
        // The SMS sender runs when a test runs SendDueSms itself, at the fake time it chooses.
        builder.UseSetting("Sms:BackgroundSender", BackgroundSmsSender ? "true" : "false");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddTransient<IStartupFilter, TestClientAddress>();
        });
    }

    /// <summary>Points the app at its database: a fresh SQLite file, or a fresh PostgreSQL database.</summary>
    protected virtual void UseDatabase(IWebHostBuilder builder)
    {
        if (OnPostgreSql)
        {
            _postgres = PostgresTestDatabase.Create();
            builder.UseSetting("Database:Provider", "PostgreSql");
            builder.UseSetting("ConnectionStrings:HallDesk", _postgres.ConnectionString);
            // Beside no SQLite file the store would default to the app's content root, the source tree.
            builder.UseSetting("Storage:Path", Path.Combine(_folder, "files"));
        }
        else
        {
            Directory.CreateDirectory(_folder);
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:HallDesk", $"Data Source={DatabasePath}");
        }
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async Task<HallDeskDbContext> DbAsync() =>
        await Services.GetRequiredService<IDbContextFactory<HallDeskDbContext>>().CreateDbContextAsync();

    public async Task<Actor> ActorAsync(string userName)
    {
        await using var scope = Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByNameAsync(userName)
            ?? throw new InvalidOperationException(userName);
        return new Actor(user.Id, userName, "127.0.0.1");
    }

    /// <summary>The staff context MainLayout would cascade for this seeded user: their roles and their staff row.</summary>
    public async Task<StaffMember> StaffAsync(string userName, string? address = "127.0.0.1")
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException(userName);
        List<Claim> claims = [new(ClaimTypes.NameIdentifier, user.Id), new(ClaimTypes.Name, userName)];
        claims.AddRange((await users.GetRolesAsync(user)).Select(r => new Claim(ClaimTypes.Role, r)));
        return await Get<StaffContextLoader>().LoadAsync(new ClaimsPrincipal(new ClaimsIdentity(claims, "test")), address);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (_postgres is not null)
        {
            _postgres.Dispose();
            return;
        }

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
