using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace HallDesk.Testing;

/// <summary>
/// The app as a real process (the build's HallDesk.Web.dll, same configuration as the caller), for what an
/// in-process host cannot show: a kill -9 in the middle of work, a stop and a start on the same port with
/// clients still dialling. Shared by the web tests and the benchmark program (linked into both).
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Dictionary<string, string> _environment;
    private readonly string _webDll;
    private readonly Action<string>? _output;
    private readonly string? _workingDirectory;
    private Process? _process;

    /// <param name="settings">Environment variables for the app (ConnectionStrings__HallDesk, Demo__Password, …).</param>
    /// <param name="port">The port to listen on; a free one when null.</param>
    /// <param name="output">Where the app's own output lines go; dropped when null.</param>
    /// <param name="webDll">Another HallDesk.Web.dll (a published folder's) than the build's <see cref="WebDll"/>.</param>
    /// <param name="workingDirectory">Where the app is started from; the dll's own folder when null.</param>
    /// <remarks>A setting with an empty value is removed from the app's environment: ASPNETCORE_ENVIRONMENT="" runs it as deployed.</remarks>
    public AppProcess(IReadOnlyDictionary<string, string> settings, int? port = null, Action<string>? output = null, string? webDll = null,
        string? workingDirectory = null)
    {
        _workingDirectory = workingDirectory;
        Port = port ?? FreePort();
        _webDll = webDll ?? WebDll;
        _output = output;
        _environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Appointments__NoShowSweepMinutes"] = "0",
            ["RateLimit__PublicPerMinute"] = "1000000",
            ["RateLimit__PagesPerMinute"] = "1000000",
            ["RateLimit__TicketsPerMinute"] = "1000000",
            ["RateLimit__TicketsPerKioskPerMinute"] = "1000000",
            ["RateLimit__HubConnectionsPerMinute"] = "1000000",
            ["RateLimit__HubJoinsPerMinute"] = "1000000",
        };
        foreach (var (key, value) in settings)
        {
            _environment[key] = value;
        }

        _environment.TryAdd("Logging__LogLevel__Default", "Warning");
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/");

    /// <summary>src/HallDesk.Web/bin/&lt;Configuration&gt;/net10.0/HallDesk.Web.dll, beside its static-asset manifest.</summary>
    public static string WebDll
    {
        get
        {
            var bin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = bin.Parent!.Name;
            var root = bin;
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "HallDesk.sln")))
            {
                root = root.Parent;
            }

            return Path.Combine(root?.FullName ?? throw new InvalidOperationException("HallDesk.sln not found above " + bin.FullName),
                "src", "HallDesk.Web", "bin", configuration, bin.Name, "HallDesk.Web.dll");
        }
    }

    /// <summary>Starts the app and returns once /health answers 200.</summary>
    public async Task StartAsync(CancellationToken ct = default)
    {
        var info = new ProcessStartInfo("dotnet", [_webDll, "--urls", BaseAddress.ToString().TrimEnd('/')])
        {
            WorkingDirectory = _workingDirectory ?? Path.GetDirectoryName(_webDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in _environment)
        {
            if (value.Length == 0)
            {
                info.Environment.Remove(key);
            }
            else
            {
                info.Environment[key] = value;
            }
        }

        _process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        _process.OutputDataReceived += (_, e) => Forward(e.Data);
        _process.ErrorDataReceived += (_, e) => Forward(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.GetTimestamp() + (60 * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            ct.ThrowIfCancellationRequested();
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode} while starting.");
            }

            try
            {
                using var health = await client.GetAsync(new Uri(BaseAddress, "health"), ct);
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // A slow first answer.
            }

            // Short: the start time is a figure of the benchmark's storm phase.
            await Task.Delay(50, ct);
        }

        throw new TimeoutException("The app did not answer /health within 60 seconds.");
    }

    /// <summary>SIGTERM, as systemd stops the service on a restart, then waits until the process has gone.</summary>
    public async Task StopAsync(CancellationToken ct = default)
    {
        if (_process is not { HasExited: false })
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(ct);
        }

        await _process.WaitForExitAsync(ct);
    }

    /// <summary>SIGKILL: no shutdown, no flush, nothing but what the database already made durable.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
    }

    private void Forward(string? line)
    {
        if (_output is not null && !string.IsNullOrEmpty(line))
        {
            _output($"[app :{Port.ToString(CultureInfo.InvariantCulture)}] {line}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
