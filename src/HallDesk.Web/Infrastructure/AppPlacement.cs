namespace HallDesk.Web.Infrastructure;

/// <summary>
/// Where the app finds its own files. ASP.NET Core takes the working directory as the content root, so the build
/// output or a published folder started by a service manager from another directory missed its settings
/// (appsettings.json), and outside Development the build output answered 500 for every package and generated
/// static file (issue 20): those live in the static web assets' runtime manifest, which the framework reads only in
/// Development.
/// </summary>
public static class AppPlacement
{
    private const string Settings = "appsettings.json";

    /// <summary>
    /// An explicit content root (<c>--contentRoot</c>, <c>ASPNETCORE_CONTENTROOT</c>, the test host's) wins; a working
    /// directory holding the app's settings is kept (<c>dotnet run</c> in the project folder); otherwise the program's
    /// own folder is the content root, as it would be when started from it.
    /// </summary>
    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        ContentRootPath = ContentRoot(args, Directory.GetCurrentDirectory(), AppContext.BaseDirectory, Environment.GetEnvironmentVariable),
    };

    public static string? ContentRoot(string[] args, string workingDirectory, string programFolder, Func<string, string?> environment)
    {
        var explicitRoot = args.Any(a => a.TrimStart('-', '/').StartsWith("contentRoot", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(environment("ASPNETCORE_CONTENTROOT"))
            || !string.IsNullOrEmpty(environment("DOTNET_CONTENTROOT"));
        if (explicitRoot || File.Exists(Path.Combine(workingDirectory, Settings)) || !File.Exists(Path.Combine(programFolder, Settings)))
        {
            return null;
        }

        return programFolder;
    }

    /// <summary>
    /// The build output carries no wwwroot of its own but a runtime manifest naming where each static file is (the
    /// project's wwwroot, the packages' folders, obj for generated and compressed files); Development reads it by
    /// itself, any other environment started from the build output reads it here. A published folder has no runtime
    /// manifest (its wwwroot holds every file), so nothing changes there.
    /// </summary>
    public static void ServeBuildOutputAssets(this WebApplicationBuilder builder)
    {
        var manifest = Path.Combine(AppContext.BaseDirectory, $"{builder.Environment.ApplicationName}.staticwebassets.runtime.json");
        if (!builder.Environment.IsDevelopment() && File.Exists(manifest))
        {
            builder.WebHost.UseStaticWebAssets();
        }
    }
}
