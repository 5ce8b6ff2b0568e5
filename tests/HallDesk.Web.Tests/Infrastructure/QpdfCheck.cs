using System.Diagnostics;
using HallDesk.Testing;

namespace HallDesk.Web.Tests.Infrastructure;

/// <summary>
/// Runs Debian's <c>qpdf --check</c> over a PDF: exit 0 is clean, 2 is errors, 3 is warnings (which qpdf still
/// repairs, but an archive should not need repairing). qpdf is installed when missing, as .ci/services.sh does for
/// PostgreSQL, so the plain <c>dotnet test</c> runs this check; where it cannot be installed the test fails.
/// </summary>
public static class QpdfCheck
{
    private const string Qpdf = "/usr/bin/qpdf";

    public static void AssertClean(byte[] pdf, string what)
    {
        AptPackages.Require(Qpdf, "qpdf");
        var file = Path.Combine(Path.GetTempPath(), $"halldesk-{what}-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var info = new ProcessStartInfo(Qpdf, ["--check", file]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"qpdf --check exited {process.ExitCode} on the {what}:\n{output.Result}\n{errors.Result}");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
