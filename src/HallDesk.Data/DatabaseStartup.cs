using System.Diagnostics;
using HallDesk.Domain.Catalog;
using HallDesk.Domain.Queue;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Data;

/// <summary>
/// First start: create and migrate the database, switch a SQLite file to WAL, seed the demo when empty.
/// On PostgreSQL several nodes may start at once: one at a time migrates and seeds, the others then find it done.
/// </summary>
public static class DatabaseStartup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var began = Stopwatch.GetTimestamp();
        await using var scope = app.Services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<HallDeskDbContext>>();
        await using var startup = await factory.CreateDbContextAsync();
        // The first context builds EF's model of every entity, once per process.
        _ = startup.Model;
        var model = Stopwatch.GetElapsedTime(began);
        var shared = startup.Database.IsNpgsql();
        if (shared)
        {
            await PostgreSqlDatabase.BeginStartupAsync(startup);
        }

        var steps = "";
        try
        {
            steps = await PrepareAsync(app, scope.ServiceProvider, factory);
        }
        finally
        {
            if (shared)
            {
                await PostgreSqlDatabase.EndStartupAsync(startup);
            }
        }

        // Where a start's time goes (the time to /health is a figure of the benchmark's restart phase).
        if (app.Logger.IsEnabled(LogLevel.Information))
        {
            app.Logger.LogInformation("Database ready in {Elapsed:0} ms ({Model:0} ms EF's model, then {Steps}), {SinceStart:0} ms after the process started",
                Stopwatch.GetElapsedTime(began).TotalMilliseconds, model.TotalMilliseconds, steps,
                (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds);
        }
    }

    /// <returns>How long each step took, for the start's log line.</returns>
    private static async Task<string> PrepareAsync(WebApplication app, IServiceProvider services, IDbContextFactory<HallDeskDbContext> factory)
    {
        var step = Stopwatch.GetTimestamp();
        var steps = new List<string>();
        void Done(string name)
        {
            steps.Add($"{name} {Stopwatch.GetElapsedTime(step).TotalMilliseconds:0} ms");
            step = Stopwatch.GetTimestamp();
        }

        await using (var db = await factory.CreateDbContextAsync())
        {
            // A database with every migration applied needs one read of its history, not Migrate's lock and model comparison.
            if ((await db.Database.GetPendingMigrationsAsync()).Any())
            {
                await db.Database.MigrateAsync();
            }

            if (db.Database.IsSqlite())
            {
                // WAL is a property of the file: set once, it stays; readers never block the writer.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            }
        }

        Done("migrations");

        var config = app.Configuration;
        if (config.GetValue("Demo:Seed", true))
        {
            await SeedDemoAsync(services, factory, config["Demo:Password"] ?? "");
            Done("demo");
        }

        if (config.GetValue("Catalog:Seed", true))
        {
            await using var db = await factory.CreateDbContextAsync();
            await CatalogSeed.SeedAsync(db, config["Catalog:Path"] is { Length: > 0 } path ? path : CatalogSeed.DefaultPath);
            Done("catalog");
        }

        return string.Join(", ", steps);
    }

    private static async Task SeedDemoAsync(IServiceProvider services, IDbContextFactory<HallDeskDbContext> factory, string password)
    {
        await using var db = await factory.CreateDbContextAsync();
        if (await db.Halls.AnyAsync())
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(password))
        {
            throw new InvalidOperationException("Demo:Seed is on but Demo:Password is empty: set the demo accounts' password.");
        }

        foreach (var demo in DemoData.Halls)
        {
            var hall = new Hall(demo.Code, demo.Name, demo.Notice);
            hall.Describe(demo.ShortName, demo.Address, demo.Level);
            if (demo.Hours is { } hours)
            {
                hall.SetHours(hours.Opens, hours.Closes);
            }

            db.Halls.Add(hall);
            var order = 0;
            foreach (var line in demo.Lines)
            {
                db.QueueLines.Add(new QueueLine(demo.Code, line.Code, line.Name, order++, line.Minutes));
            }

            foreach (var c in demo.Counters)
            {
                db.Counters.Add(new Counter(demo.Code, c.Number, c.Name, c.Kind, c.Lines));
            }
        }

        foreach (var point in DemoData.AgencyPoints)
        {
            db.AgencyPoints.Add(new AgencyPoint(point.Code, point.Name, point.HallCode, point.Address));
        }

        db.ItemDelegations.AddRange(DemoData.DelegatedItems.Select(d => new ItemDelegation(d.ItemCode, d.HallCode, (services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow().UtcDateTime)));
        await db.SaveChangesAsync();

        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }

        var users = services.GetRequiredService<UserManager<StaffUser>>();
        // Every demo account starts with the same password: it is checked and hashed once (a hash takes ~0.1 s by design,
        // and there are a few dozen accounts); the first change of a password gives that account a hash of its own.
        string? hash = null;
        var accounts = DemoData.Halls.SelectMany(h => h.Accounts.Select(a => (Account: a, Hall: h.Code, Point: (string?)null)))
            .Concat(DemoData.AgencyPoints.Select(p => (Account: p.Agent, Hall: p.HallCode, Point: (string?)p.Code)));
        foreach (var (account, hallCode, pointCode) in accounts)
        {
            var user = new StaffUser
            {
                UserName = account.UserName,
                DisplayName = account.DisplayName,
                StaffNumber = account.StaffNumber,
                HallCode = hallCode,
                DepartmentCode = account.Department,
                AgencyPointCode = pointCode,
                CanApprove = account.CanApprove,
                EmailConfirmed = true,
            };
            if (hash is null)
            {
                foreach (var validator in users.PasswordValidators)
                {
                    Check(await validator.ValidateAsync(users, user, password));
                }

                hash = users.PasswordHasher.HashPassword(user, password);
            }

            user.PasswordHash = hash;
            Check(await users.CreateAsync(user));
            Check(await users.AddToRoleAsync(user, account.Role));
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo seeding failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
