using Microsoft.Extensions.Logging;

namespace HallDesk.Web.Tests.Infrastructure;

/// <summary>Keeps the warnings a component logs, to check that a failure was reported.</summary>
public sealed class ListLogger<T> : ILogger<T>
{
    private readonly Lock _lock = new();
    private readonly List<(LogLevel Level, Exception? Exception, string Message)> _entries = [];

    public IReadOnlyList<(LogLevel Level, Exception? Exception, string Message)> Entries
    {
        get
        {
            lock (_lock)
            {
                return [.. _entries];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_lock)
        {
            _entries.Add((logLevel, exception, formatter(state, exception)));
        }
    }
}
