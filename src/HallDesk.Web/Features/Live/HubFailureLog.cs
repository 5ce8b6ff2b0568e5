using Microsoft.AspNetCore.SignalR;

namespace HallDesk.Web.Features.Live;

/// <summary>
/// SignalR's dispatcher logs every failed hub call at Error with its stack trace, the expected refusals too (an unknown
/// hall, a join over the limit), which anyone can make by the thousand. Its log is off (<see cref="LiveServices"/>);
/// this filter logs, once, what is not an answer to the caller: a real failure.
/// </summary>
public sealed class HubFailureLog(ILogger<HubFailureLog> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (Exception ex) when (ex is not HubException and not OperationCanceledException)
        {
            logger.LogError(ex, "Hub method {Method} failed", invocationContext.HubMethodName);
            throw;
        }
    }
}
