using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HallDesk.Benchmarks;

/// <summary>
/// SQLite's own time for each statement (its <c>sqlite3_trace_v2</c> profile callback), on every SQLite connection an app
/// opens while <see cref="Enabled"/>. EF Core's command events could not show what grew on a busy day: their reader's
/// duration ends when the command returns its reader, before SQLite has stepped through the rows, so a read that walked
/// every ticket of the day looked as cheap there as on an empty one (issue 23: 3.5 ms an action, seen only here).
/// </summary>
public static class SqliteStatementTimes
{
    private const uint TraceProfile = 2;
    private static readonly ConcurrentDictionary<string, (long Count, double Ms)> Totals = new(StringComparer.Ordinal);
    private static readonly TraceCallback Callback = OnTrace;
    private static readonly IntPtr CallbackPointer = Marshal.GetFunctionPointerForDelegate(Callback);
    private static readonly Lazy<IDisposable> Subscription = new(() => DiagnosticListener.AllListeners.Subscribe(new Listeners()));
    private static volatile bool _enabled;

    private delegate int TraceCallback(uint type, IntPtr context, IntPtr statement, IntPtr nanoseconds);

    /// <summary>Times the statements of connections opened from now on (and of those already hooked).</summary>
    public static bool Enabled
    {
        get => _enabled;
        set
        {
            _ = Subscription.Value;
            _enabled = value;
        }
    }

    /// <summary>Every statement's count and milliseconds so far; subtract two with <see cref="Since"/>.</summary>
    public static IReadOnlyDictionary<string, (long Count, double Ms)> Snapshot() => new Dictionary<string, (long, double)>(Totals, StringComparer.Ordinal);

    /// <summary>Milliseconds per action of each statement run between <paramref name="before"/> and now.</summary>
    public static IReadOnlyDictionary<string, double> Since(IReadOnlyDictionary<string, (long Count, double Ms)> before, int actions) =>
        Totals.ToDictionary(kv => kv.Key, kv => (kv.Value.Ms - before.GetValueOrDefault(kv.Key).Ms) / actions, StringComparer.Ordinal);

    [DllImport("e_sqlite3")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.AssemblyDirectory)]
    private static extern int sqlite3_trace_v2(IntPtr db, uint mask, IntPtr callback, IntPtr context);

    [DllImport("e_sqlite3")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.AssemblyDirectory)]
    private static extern IntPtr sqlite3_sql(IntPtr statement);

    private static int OnTrace(uint type, IntPtr context, IntPtr statement, IntPtr nanoseconds)
    {
        if (type == TraceProfile && _enabled)
        {
            var sql = Marshal.PtrToStringUTF8(sqlite3_sql(statement)) ?? "?";
            var ms = Marshal.ReadInt64(nanoseconds) / 1e6;
            Totals.AddOrUpdate(sql, (1, ms), (_, v) => (v.Count + 1, v.Ms + ms));
        }

        return 0;
    }

    private sealed class Listeners : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                value.Subscribe(this, name => name == RelationalEventId.ConnectionOpened.Name);
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (_enabled && value.Value is ConnectionEndEventData { Connection: SqliteConnection { Handle: { } handle } })
            {
                _ = sqlite3_trace_v2(handle.DangerousGetHandle(), TraceProfile, CallbackPointer, IntPtr.Zero);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
