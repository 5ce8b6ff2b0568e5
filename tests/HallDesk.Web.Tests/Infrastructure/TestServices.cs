using System.Diagnostics;
using System.Text.RegularExpressions;

namespace HallDesk.Web.Tests.Infrastructure;

/// <summary>
/// PostgreSQL and Redis for the scale-out tests. When HALLDESK_TEST_POSTGRES / HALLDESK_TEST_REDIS are not set,
/// runs the repository's .ci/services.sh once (it installs when missing, starts both on 127.0.0.1 and prints the
/// exports), so that the README's plain `dotnet test HallDesk.sln` runs every test on a machine that allows it.
/// Where it cannot (no root, no package mirror), the tests that need the services fail with its message.
/// </summary>
public static partial class TestServices
{
    private static readonly Lazy<string?> Started = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    [GeneratedRegex(@"^export (HALLDESK_TEST_[A-Z]+)='([^']*)'$", RegexOptions.Multiline)]
    private static partial Regex ExportLine();

    /// <summary>The variable's value, starting the services first if it is not set.</summary>
    public static string Require(string variable, string whatFor)
    {
        if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } set)
        {
            return set;
        }

        var problem = Started.Value;
        return Environment.GetEnvironmentVariable(variable) is { Length: > 0 } started
            ? started
            : throw new InvalidOperationException(
                $"{variable} is not set and .ci/services.sh could not start PostgreSQL and Redis ({problem}), so {whatFor} cannot run. " +
                $"Run `source .ci/services.sh` as root, or set {variable} to a running server; to leave these tests out locally, " +
                "run dotnet test --filter \"Database!=PostgreSql\".");
    }

    /// <returns>Null when the services started and their variables are set; otherwise what went wrong.</returns>
    private static string? Start()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, ".ci", "services.sh")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            return ".ci/services.sh not found above the test folder";
        }

        var info = new ProcessStartInfo("bash", [Path.Combine(root.FullName, ".ci", "services.sh")])
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
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            return "it did not finish within 10 minutes";
        }

        foreach (Match export in ExportLine().Matches(output.Result))
        {
            Environment.SetEnvironmentVariable(export.Groups[1].Value, export.Groups[2].Value);
        }

        return process.ExitCode == 0 ? null : $"exit code {process.ExitCode}: {errors.Result.Trim()}";
    }
}
