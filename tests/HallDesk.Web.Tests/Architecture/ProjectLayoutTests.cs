using System.Reflection;
using HallDesk.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HallDesk.Web.Tests.Architecture;

/// <summary>The database lives in its own projects: the web app holds no migration, and the data project knows no web type.</summary>
public sealed class ProjectLayoutTests
{
    [Fact]
    public void WebAssembly_HoldsNoMigration()
    {
        var migrations = typeof(Program).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Migration)) || t.IsSubclassOf(typeof(ModelSnapshot)));

        Assert.Empty(migrations);
    }

    [Fact]
    public void DataAssembly_DoesNotReferenceTheWebApp()
    {
        var references = typeof(HallDeskDbContext).Assembly.GetReferencedAssemblies().Select(a => a.Name);

        Assert.DoesNotContain("HallDesk.Web", references);
    }

    [Theory]
    [InlineData(SqliteDatabase.MigrationsAssembly)]
    [InlineData(PostgreSqlDatabase.MigrationsAssembly)]
    public void EachProvider_HasItsOwnMigrationsAssembly_ForTheContext(string assemblyName)
    {
        var assembly = Assembly.Load(new AssemblyName(assemblyName));

        var migrations = assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Migration)))
            .Select(t => t.GetCustomAttribute<DbContextAttribute>()?.ContextType)
            .ToList();
        Assert.NotEmpty(migrations);
        Assert.All(migrations, context => Assert.Equal(typeof(HallDeskDbContext), context));
        Assert.Single(assembly.GetTypes(), t => t.IsSubclassOf(typeof(ModelSnapshot)));
    }

    [Fact]
    public void WebOutput_CarriesBothMigrationAssemblies()
    {
        // What a build or `dotnet publish src/HallDesk.Web` puts beside the app: both providers' migrations.
        var deps = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "HallDesk.Web.deps.json"));

        Assert.Contains("\"HallDesk.Migrations.Sqlite\"", deps, StringComparison.Ordinal);
        Assert.Contains("\"HallDesk.Migrations.PostgreSql\"", deps, StringComparison.Ordinal);
    }
}
