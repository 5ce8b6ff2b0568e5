using HallDesk.Web.Infrastructure;

namespace HallDesk.Web.Features.Demo;

public static class DemoServices
{
    /// <summary>The demo history, and the app's clock as one it can send back in time.</summary>
    public static IServiceCollection AddDemoFeature(this IServiceCollection services)
    {
        services.AddSingleton<DemoHistory>();
        services.AddSingleton<TimeProvider>(new HistoryClock(TimeProvider.System));
        return services;
    }

    /// <summary>After the database is prepared: the demo's past, into an empty database only.</summary>
    public static async Task SeedDemoHistoryAsync(this WebApplication app) =>
        await app.Services.GetRequiredService<DemoHistory>().SeedAsync();
}
