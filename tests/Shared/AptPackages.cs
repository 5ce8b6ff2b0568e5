using System.Collections.Concurrent;
using System.Diagnostics;

namespace HallDesk.Testing;

/// <summary>
/// The Debian packages a test needs (qpdf, chromium, fonts-noto-cjk), installed by the repository's
/// .ci/packages.sh when the file they provide is missing, as the PostgreSQL tests run .ci/services.sh: the README's
/// plain <c>dotnet test HallDesk.sln</c> is the whole set-up. Where they cannot be installed (no root, no mirror) the
/// test fails with the script's message, never skips. Shared by HallDesk.Web.Tests and HallDesk.E2E (a linked file, like AppProcess).
/// </summary>
public static class AptPackages
{
    private static readonly ConcurrentDictionary<string, Lazy<string?>> Installed = new();

    /// <summary>Installs <paramref name="packages"/> unless <paramref name="file"/> exists; throws when it still does not.</summary>
    public static void Require(string file, params string[] packages)
    {
        if (File.Exists(file))
        {
            return;
        }

        var problem = Installed.GetOrAdd(string.Join(' ', packages), _ => new(() => Install(packages), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
        if (!File.Exists(file))
        {
            throw new InvalidOperationException(
                $"{file} is missing and .ci/packages.sh could not install {string.Join(' ', packages)} ({problem ?? "it did not provide the file"}). " +
                $"Run `apt-get install -y {string.Join(' ', packages)}` as root.");
        }
    }

    private static string? Install(string[] packages)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, ".ci", "packages.sh")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            return ".ci/packages.sh not found above the test folder";
        }

        var info = new ProcessStartInfo("bash", [Path.Combine(root.FullName, ".ci", "packages.sh"), .. packages])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(15)))
        {
            process.Kill(entireProcessTree: true);
            return "it did not finish within 15 minutes";
        }

        _ = output.Result;
        return process.ExitCode == 0 ? null : $"exit code {process.ExitCode}: {errors.Result.Trim()}";
    }
}
