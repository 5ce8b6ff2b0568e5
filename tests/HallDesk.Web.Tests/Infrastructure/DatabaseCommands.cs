using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HallDesk.Web.Tests.Infrastructure;

/// <summary>
/// Counts the commands EF Core sends to one factory's database from any flow (a hub call runs on the connection's own,
/// where <see cref="CommandLog"/>'s async-local capture does not reach); other test classes' databases are not counted.
/// </summary>
internal sealed class DatabaseCommands : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _database;
    private readonly IDisposable _all;
    private readonly List<IDisposable> _subscriptions = [];
    private int _count;

    public DatabaseCommands(HallDeskFactory factory)
    {
        _database = factory.PostgresDatabaseName ?? factory.DatabasePath;
        _all = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public int Count => Volatile.Read(ref _count);

    public void Dispose()
    {
        _all.Dispose();
        lock (_subscriptions)
        {
            foreach (var subscription in _subscriptions)
            {
                subscription.Dispose();
            }
        }
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data
            && data.Command.Connection?.ConnectionString.Contains(_database, StringComparison.Ordinal) == true)
        {
            Interlocked.Increment(ref _count);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }
}
