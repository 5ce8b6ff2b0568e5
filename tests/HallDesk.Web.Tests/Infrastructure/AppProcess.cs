using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace HallDesk.Web.Tests.Infrastructure;

/// <summary>
/// The app as a real process (the build's HallDesk.Web.dll), for what an in-process host cannot show:
/// a kill -9 in the middle of work, a restart on the same port.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Dictionary<string, string> _environment;
    private Process? _process;

    public AppProcess(IReadOnlyDictionary<string, string> settings, int? port = null)
    {
        Port = port ?? FreePort();
        _environment = new Dictionary<string, string>(settings)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Demo__Password"] = HallDeskFactory.Password,
            ["Appointments__NoShowSweepMinutes"] = "0",
            ["RateLimit__PublicPerMinute"] = "1000000",
            ["Logging__LogLevel__Default"] = "Warning",
        };
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>The app's own build output, beside its static-asset manifest (same configuration as these tests).</summary>
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

            return Path.Combine(root?.FullName ?? throw new InvalidOperationException("HallDesk.sln not found above the test folder."),
                "src", "HallDesk.Web", "bin", configuration, bin.Name, "HallDesk.Web.dll");
        }
    }

    public async Task StartAsync(CancellationToken ct = default)
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
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            ct.ThrowIfCancellationRequested();
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode} while starting.");
            }

            try
            {
                if ((await client.GetAsync(new Uri(BaseAddress, "health"), ct)).StatusCode == HttpStatusCode.OK)
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

            await Task.Delay(200, ct);
        }

        throw new TimeoutException("The app did not answer /health within 60 seconds.");
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
