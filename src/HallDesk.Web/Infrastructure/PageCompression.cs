using System.IO.Compression;
using HallDesk.Web.Components;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace HallDesk.Web.Infrastructure;

/// <summary>
/// Brotli or gzip for pages and API answers (static files come precompressed from MapStaticAssets), except where a
/// compressed length could leak a secret (BREACH): a response to a request that carries the staff sign-in cookie or a
/// rating pad's device secret is sent uncompressed, since its body may hold what belongs to that session next to
/// text an attacker chose. What an anonymous page carries is not such a secret: its antiforgery request token and
/// Blazor's component descriptors are encrypted by Data Protection with a fresh random key modifier and IV on every
/// response, so no two responses repeat them and the compressed length says nothing about them.
/// </summary>
public sealed class PageCompression(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
    : ResponseCompressionProvider(services, options)
{
    public static void AddTo(IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        // Pages are small and made per request: the fastest levels already take 17–23 KiB of HTML to a few KiB.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.AddSingleton<IResponseCompressionProvider, PageCompression>();
    }

    /// <summary>Whether the request carries a secret of its own session, whose response must not be compressed.</summary>
    public static bool CarriesSecret(HttpRequest request) =>
        request.Cookies.ContainsKey(ApiDocument.StaffCookieName) || request.Cookies.ContainsKey(PadDevice.CookieName);

    public override bool ShouldCompressResponse(HttpContext context) => !CarriesSecret(context.Request) && base.ShouldCompressResponse(context);
}
