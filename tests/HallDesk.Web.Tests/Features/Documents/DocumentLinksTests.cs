using HallDesk.Web.Features.Documents;
using Microsoft.Extensions.Configuration;

namespace HallDesk.Web.Tests.Features.Documents;

/// <summary>The public addresses the QR codes carry.</summary>
public sealed class DocumentLinksTests
{
    [Fact]
    public void Links_NoPublicBaseUrl_PointAtTheLocalApp()
    {
        var links = new DocumentLinks(Configuration(null));

        Assert.Equal("http://localhost:5125/progress?case=AM202612010001", links.Progress("AM202612010001"));
        Assert.Equal("http://localhost:5125/evaluate/0a1b2c", links.Evaluation("0a1b2c"));
        Assert.Equal("http://localhost:5125/board/AM", links.Board("AM"));
    }

    [Fact]
    public void Links_PublicBaseUrlConfigured_UseItWithoutDoubleSlash()
    {
        var links = new DocumentLinks(Configuration("https://zwfw.amq.gov.cn/halldesk/"));

        Assert.Equal("https://zwfw.amq.gov.cn/halldesk/progress?case=AM202612010001", links.Progress("AM202612010001"));
        Assert.Equal("https://zwfw.amq.gov.cn/halldesk/evaluate/0a1b2c", links.Evaluation("0a1b2c"));
    }

    [Fact]
    public void Links_ValuesWithReservedCharacters_AreEscaped()
    {
        var links = new DocumentLinks(Configuration(""));

        Assert.Equal("http://localhost:5125/progress?case=A%26B%3D1", links.Progress("A&B=1"));
        Assert.Equal("http://localhost:5125/evaluate/a%2Fb", links.Evaluation("a/b"));
    }

    private static IConfiguration Configuration(string? baseUrl) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Documents:PublicBaseUrl"] = baseUrl }).Build();
}
