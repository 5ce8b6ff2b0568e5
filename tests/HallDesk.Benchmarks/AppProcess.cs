using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace HallDesk.Benchmarks;

/// <summary>
/// The app as a real process (the build's HallDesk.Web.dll, same configuration as this program), for
/// what an in-process host cannot show: a stop and a start on the same port with clients still dialling.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Dictionary<string, string> _environment;
    private Process? _process;

    public AppProcess(string databasePath, int? port = null)
    {
        Port = port ?? FreePort();
        _environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__HallDesk"] = $"Data Source={databasePath}",
            ["Demo__Seed"] = "true",
            ["Demo__Password"] = BenchApp.Password,
            ["RateLimit__PublicPerMinute"] = "1000000",
            ["Logging__LogLevel__Default"] = "Error",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Error",
        };
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}");

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

            return Path.Combine(root?.FullName ?? throw new InvalidOperationException("HallDesk.sln not found above the benchmark's folder."),
                "src", "HallDesk.Web", "bin", configuration, bin.Name, "HallDesk.Web.dll");
        }
    }

    /// <summary>Starts the app and returns once /health answers 200.</summary>
    public async Task StartAsync(CancellationToken ct)
    {
        var info = new ProcessStartInfo("dotnet", [WebDll, "--urls", BaseAddress.ToString().TrimEnd('/')])
        {
            WorkingDirectory = Path.GetDirectoryName(WebDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in _environment)
        {
            info.Environment[key] = value;
        }

        _process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        // Logging is at Error: whatever the app prints is worth seeing beside the progress lines.
        _process.OutputDataReceived += (_, e) => Forward(e.Data);
        _process.ErrorDataReceived += (_, e) => Forward(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.GetTimestamp() + 60 * Stopwatch.Frequency;
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode} while starting.");
            }

            try
            {
                using var health = await client.GetAsync(new Uri(BaseAddress, "/health"), ct);
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
                // Slow first answer.
            }

            // Short: the start time is a figure of the storm phase.
            await Task.Delay(50, ct);
        }

        throw new TimeoutException("The app did not answer /health within 60 seconds.");
    }

    /// <summary>SIGTERM, as systemd stops the service on a restart, then waits until the process has gone.</summary>
    public async Task StopAsync(CancellationToken ct)
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

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
    }

    private void Forward(string? line)
    {
        if (!string.IsNullOrEmpty(line))
        {
            Console.Error.WriteLine($"[app :{Port.ToString(CultureInfo.InvariantCulture)}] {line}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
