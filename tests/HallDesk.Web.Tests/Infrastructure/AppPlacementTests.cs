using HallDesk.Web.Infrastructure;

namespace HallDesk.Web.Tests.Infrastructure;

/// <summary>Issue 20: the content root when the app is started from a folder other than its own.</summary>
public sealed class AppPlacementTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("placement").FullName;
    private readonly string _program;
    private readonly string _project;
    private readonly string _elsewhere;

    public AppPlacementTests()
    {
        _program = Directory.CreateDirectory(Path.Combine(_root, "bin")).FullName;
        _project = Directory.CreateDirectory(Path.Combine(_root, "project")).FullName;
        _elsewhere = Directory.CreateDirectory(Path.Combine(_root, "elsewhere")).FullName;
        File.WriteAllText(Path.Combine(_program, "appsettings.json"), "{}");
        File.WriteAllText(Path.Combine(_project, "appsettings.json"), "{}");
    }

    private static string? NoVariables(string name) => null;

    [Fact]
    public void StartedFromAFolderWithoutSettings_TheProgramsFolderIsTheContentRoot()
    {
        Assert.Equal(_program, AppPlacement.ContentRoot([], _elsewhere, _program, NoVariables));
    }

    [Fact]
    public void StartedWhereTheSettingsAre_TheWorkingDirectoryStays()
    {
        Assert.Null(AppPlacement.ContentRoot([], _project, _program, NoVariables));
        Assert.Null(AppPlacement.ContentRoot([], _program, _program, NoVariables));
    }

    [Theory]
    [InlineData("--contentRoot=/srv/halldesk")]
    [InlineData("--contentroot")]
    [InlineData("/contentRoot")]
    public void AnExplicitContentRootArgument_Wins(string argument)
    {
        Assert.Null(AppPlacement.ContentRoot([argument, "/srv/halldesk"], _elsewhere, _program, NoVariables));
    }

    [Theory]
    [InlineData("ASPNETCORE_CONTENTROOT")]
    [InlineData("DOTNET_CONTENTROOT")]
    public void AnExplicitContentRootVariable_Wins(string variable)
    {
        Assert.Null(AppPlacement.ContentRoot([], _elsewhere, _program, name => name == variable ? "/srv/halldesk" : null));
    }

    [Fact]
    public void AProgramWithoutSettingsBesideIt_ChangesNothing()
    {
        File.Delete(Path.Combine(_program, "appsettings.json"));
        Assert.Null(AppPlacement.ContentRoot([], _elsewhere, _program, NoVariables));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
