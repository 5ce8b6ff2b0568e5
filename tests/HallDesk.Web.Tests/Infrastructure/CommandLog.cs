using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HallDesk.Web.Tests.Infrastructure;

internal sealed record CapturedCommand(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);

/// <summary>The SQL that EF Core runs inside one piece of work (its diagnostic events, filtered to this async flow).</summary>
internal sealed class CommandLog : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private static readonly AsyncLocal<List<CapturedCommand>?> Current = new();
    private readonly List<IDisposable> _subscriptions = [];

    public static async Task<IReadOnlyList<CapturedCommand>> CaptureAsync(Func<Task> work)
    {
        var log = new CommandLog();
        using var all = DiagnosticListener.AllListeners.Subscribe(log);
        var captured = new List<CapturedCommand>();
        Current.Value = captured;
        try
        {
            await work();
        }
        finally
        {
            Current.Value = null;
            foreach (var subscription in log._subscriptions)
            {
                subscription.Dispose();
            }
        }

        lock (captured)
        {
            return [.. captured];
        }
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            _subscriptions.Add(value.Subscribe(this));
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data && Current.Value is { } captured)
        {
            var parameters = data.Command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList();
            lock (captured)
            {
                captured.Add(new CapturedCommand(data.Command.CommandText, parameters));
            }
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }
}
