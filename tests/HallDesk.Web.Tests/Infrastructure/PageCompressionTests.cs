using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace HallDesk.Web.Tests.Infrastructure;

/// <summary>
/// Issue 20, "Fast first loads": pages are compressed except for a signed-in session (BREACH); every stylesheet and
/// script is linked by its fingerprinted address (cached for good); the board and the counter screen carry no MudBlazor
/// stylesheet and no public page the clerk console's script.
/// </summary>
public sealed partial class PageCompressionTests : IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public PageCompressionTests(HallDeskFactory factory) => _factory = factory;

    [GeneratedRegex("<(?:link[^>]*href|script[^>]*src)=\"([^\"]+)\"")]
    private static partial Regex Linked();

    /// <summary>name.0123456789.ext (or .razor.js, .styles.css): the fingerprint MapStaticAssets serves with a year's immutable caching.</summary>
    [GeneratedRegex(@"\.[a-z0-9]{10}\.[^/]*$")]
    private static partial Regex Fingerprinted();

    /// <summary>The import map names every script the app has (so a module can be imported by its plain name); it loads none.</summary>
    [GeneratedRegex("<script type=\"importmap\".*?</script>", RegexOptions.Singleline)]
    private static partial Regex ImportMap();

    [Theory]
    [InlineData("/kiosk/AM")]
    [InlineData("/board/AM")]
    [InlineData("/appointments")]
    public async Task PublicPage_BrowserAcceptsBrotli_IsSentCompressed(string path)
    {
        var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        using var response = await client.SendAsync(request);

        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task StaffPage_SignedIn_IsSentUncompressed()
    {
        var client = LoginClient.Create(_factory);
        await LoginClient.SignInAsync(client, "manager", HallDeskFactory.Password);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/manager");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        using var response = await client.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Theory]
    [InlineData("/kiosk/AM")]
    [InlineData("/board/AM")]
    [InlineData("/counter-screen/AM/3")]
    [InlineData("/appointments")]
    [InlineData("/login")]
    public async Task Page_EveryStylesheetAndScript_IsFingerprinted(string path)
    {
        var html = await _factory.CreateClient().GetStringAsync(path);

        var local = Linked().Matches(html).Select(m => m.Groups[1].Value).Where(u => u.EndsWith(".css", StringComparison.Ordinal) || u.EndsWith(".js", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(local);
        Assert.All(local, url => Assert.Matches(Fingerprinted(), url));
    }

    /// <summary>
    /// MudBlazor's stylesheet and script by their fingerprinted address (outside Development cached for good) are sent
    /// from the copy compressed at build time (the package's own fingerprinted address has no compressed copy, so the 600 KB
    /// stylesheet went out whole or was compressed anew on every request).
    /// </summary>
    [Theory]
    [InlineData(".css")]
    [InlineData(".js")]
    public async Task MudBlazorFile_ByItsFingerprint_IsImmutableAndPrecompressed(string kind)
    {
        var client = _factory.CreateClient();
        var html = await client.GetStringAsync("/kiosk/AM");
        var url = Linked().Matches(html).Select(m => m.Groups[1].Value).Single(u => u.Contains("MudBlazor", StringComparison.Ordinal) && u.EndsWith(kind, StringComparison.Ordinal));
        Assert.Matches(Fingerprinted(), url);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/" + url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        using var response = await client.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        // The build's compressed copy has a length; compressed on the fly (the response compression), it would have none.
        Assert.NotNull(response.Content.Headers.ContentLength);
        Assert.True(response.Content.Headers.ContentLength < (kind == ".css" ? 120_000 : 30_000), $"{response.Content.Headers.ContentLength} bytes");
    }

    [Theory]
    [InlineData("/board/AM")]
    [InlineData("/counter-screen/AM/3")]
    public async Task LiveScreen_CarriesNoMudBlazorNorConsoleScript(string path)
    {
        var html = ImportMap().Replace(await _factory.CreateClient().GetStringAsync(path), "");

        Assert.DoesNotContain("MudBlazor", html, StringComparison.Ordinal);
        Assert.DoesNotContain("counter-console", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/kiosk/AM")]
    [InlineData("/appointments")]
    [InlineData("/halls")]
    public async Task PublicPage_CarriesNoConsoleScript(string path)
    {
        var html = ImportMap().Replace(await _factory.CreateClient().GetStringAsync(path), "");

        Assert.DoesNotContain("counter-console", html, StringComparison.Ordinal);
    }
}
