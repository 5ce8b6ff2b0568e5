using HallDesk.Data;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace HallDesk.Web.Features.Messaging;

/// <summary>The SMS outbox, its sender and gateway (<c>Sms:Gateway</c>), and the Admin outbox API.</summary>
public static class MessagingServices
{
    public static IServiceCollection AddMessagingFeature(this IServiceCollection services)
    {
        services.AddSingleton<SmsSettings>();
        services.AddSingleton<SmsOutbox>();
        services.AddSingleton<RequestVerificationCode>();
        services.AddSingleton<VerificationCodeCheck>();
        services.AddTransient<SendDueSms>();
        services.AddSingleton<PruneSmsOutbox>();
        services.AddSingleton<SmsOutboxQueries>();
        services.AddSingleton<SmsSender>();
        services.AddHostedService(sp => sp.GetRequiredService<SmsSender>());
        services.AddHostedService<SmsPruning>();
        services.AddSingleton<OutboxSmsGateway>();
        services.AddHttpClient<HttpSmsGateway>(c => c.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("sms", (pipeline, context) =>
            {
                var settings = context.ServiceProvider.GetRequiredService<SmsSettings>();
                // The whole try (with its quick retries) is bounded; each request within it too.
                pipeline.AddTimeout(settings.HttpTimeout * (settings.HttpRetries + 2));
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(1, settings.HttpRetries),
                    Delay = settings.HttpRetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = settings.HttpRetryDelay > TimeSpan.Zero,
                });
                pipeline.AddTimeout(settings.HttpTimeout);
            });
        // The typed client is transient; the sender (a singleton) asks for the gateway each run through this factory.
        services.AddTransient<ISmsGateway>(sp => sp.GetRequiredService<SmsSettings>().Gateway == SmsSettings.HttpGateway
            ? sp.GetRequiredService<HttpSmsGateway>()
            : sp.GetRequiredService<OutboxSmsGateway>());
        return services;
    }

    public static RouteGroupBuilder MapMessagingApi(this RouteGroupBuilder api)
    {
        api.MapGet("/admin/sms", async (string? phone, SmsOutboxQueries queries, CancellationToken ct) => Results.Ok(await queries.ListAsync(phone, ct: ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .WithName("ListSmsOutbox")
            .WithSummary("短信发件箱（仅管理员）：最新在前，可按手机号筛选")
            .Produces<IReadOnlyList<SmsRow>>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }
}
