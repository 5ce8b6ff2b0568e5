using System.Net;
using System.Text.RegularExpressions;
using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Web.Features.Evaluation;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using static HallDesk.Web.Tests.Features.Evaluation.EvaluationScenarios;

namespace HallDesk.Web.Tests.Features.Evaluation;

/// <summary>
/// Pairing a tablet with a counter: the manager's one-time code, redeemed once and in time through the real
/// pairing form, for a device secret in an HttpOnly cookie that the server keeps only hashed.
/// </summary>
public sealed partial class PadPairingTests : IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public PadPairingTests(HallDeskFactory factory) => _factory = factory;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [Fact]
    public async Task UnpairedBrowser_OpeningAPadAddress_GetsOnlyThePairingForm()
    {
        await _factory.Get<HallDesk.Web.Features.Queue.OpenCounter>().HandleAsync(await _factory.ActorAsync("clerk2"), "AM", 2);
        using var browser = Browser();

        var pad = await browser.GetAsync("/pad/am02");

        Assert.Equal(HttpStatusCode.Redirect, pad.StatusCode);
        Assert.EndsWith("/pad/pair", pad.Headers.Location!.ToString(), StringComparison.Ordinal);
        var form = await browser.GetStringAsync("/pad/pair");
        Assert.Contains("此设备未配对", form, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"pad-pair-code\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("李建国", form, StringComparison.Ordinal);
        Assert.DoesNotContain("pad-idle", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PairingForm_WithTheManagersCode_SetsAnHttpOnlyStrictCookie_KeptOnlyHashed_AndThePadOpensItsCounter()
    {
        var offer = await OfferAsync(3);
        using var browser = Browser();

        var paired = await PairAsync(browser, PadSecrets.Display(offer.Code).ToLowerInvariant());

        Assert.Equal(HttpStatusCode.Redirect, paired.StatusCode);
        Assert.EndsWith("/pad", paired.Headers.Location!.ToString(), StringComparison.Ordinal);
        var cookie = Assert.Single(paired.Headers.GetValues("Set-Cookie"), c => c.StartsWith("HallDesk.Pad=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie.Replace("samesite", "", StringComparison.OrdinalIgnoreCase), StringComparison.OrdinalIgnoreCase);
        var secret = cookie["HallDesk.Pad=".Length..cookie.IndexOf(';', StringComparison.Ordinal)];
        Assert.True(secret.Length >= 43, "a device secret of 256 bits");
        await using (var db = await _factory.DbAsync())
        {
            var pad = await db.RatingPads.SingleAsync(p => p.HallCode == "AM" && p.CounterNumber == 3);
            Assert.Equal(PadSecrets.Hash(secret), pad.SecretHash);
            Assert.Null(pad.PairingCodeHash);
        }

        var opened = await browser.GetAsync("/pad");
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Matches("data-testid=\"pad-counter\"[^>]*><b[^>]*>3</b>", await opened.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PairingForm_OverHttps_TheCookieIsSecure()
    {
        var offer = await OfferAsync(5);
        using var browser = Browser(https: true);

        var paired = await PairAsync(browser, offer.Code);

        var cookie = Assert.Single(paired.Headers.GetValues("Set-Cookie"), c => c.StartsWith("HallDesk.Pad=", StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PairingCode_IsSingleUse_ASecondTabletIsRefused_AndTheFirstStaysPaired()
    {
        var offer = await OfferAsync(6);
        var first = await RedeemAsync(offer.Code);

        var again = await Assert.ThrowsAsync<DomainException>(() => RedeemAsync(offer.Code));

        Assert.Equal(PairPadDevice.InvalidCode, again.Key);
        Assert.Equal(6, (await _factory.Get<EvaluationQueries>().PadAsync(first))!.CounterNumber);
        using var browser = Browser();
        var refused = await PairAsync(browser, offer.Code);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("配对码无效或已过期", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(refused.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("HallDesk.Pad=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task PairingCode_ExpiresAfterTenMinutes_AndANewCodeReplacesTheOldOne()
    {
        var expired = await OfferAsync(7);
        _factory.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(PairPadDevice.InvalidCode, (await Assert.ThrowsAsync<DomainException>(() => RedeemAsync(expired.Code))).Key);

        var replaced = await OfferAsync(7);
        var current = await OfferAsync(7);
        await Assert.ThrowsAsync<DomainException>(() => RedeemAsync(replaced.Code));
        Assert.Equal(7, (await _factory.Get<EvaluationQueries>().PadAsync(await RedeemAsync(current.Code)))!.CounterNumber);
    }

    [Theory]
    [InlineData("")]
    [InlineData("am07")]
    [InlineData("ABCD-EFG")]
    [InlineData("0000-0000")]
    public async Task PairingCode_MalformedOrGuessed_IsRefusedLikeAnExpiredOne(string typed)
    {
        await OfferAsync(8);

        var refused = await Assert.ThrowsAsync<DomainException>(() => RedeemAsync(typed));

        Assert.Equal(PairPadDevice.InvalidCode, refused.Key);
    }

    [Fact]
    public async Task Repairing_DisablesTheEarlierTablet_Unpairing_DisablesTheNew_BothAuditedWithTheirAddress()
    {
        var firstTablet = await RedeemAsync((await OfferAsync(1)).Code);
        var secondTablet = await RedeemAsync((await OfferAsync(1)).Code);

        Assert.Null(await _factory.Get<EvaluationQueries>().PadAsync(firstTablet));
        Assert.Equal(1, (await _factory.Get<EvaluationQueries>().PadAsync(secondTablet))!.CounterNumber);
        await _factory.Get<UnpairRatingPad>().HandleAsync(new UnpairRatingPad.Command("AM", 1), await _factory.ActorAsync("manager"));
        Assert.Null(await _factory.Get<EvaluationQueries>().PadAsync(secondTablet));

        await using var db = await _factory.DbAsync();
        var rows = await db.AuditEntries.Where(a => a.Subject == "AM-1" && a.Action.StartsWith("pad.")).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["pad.offer", "pad.pair", "pad.offer", "pad.repair", "pad.unpair"], rows.Select(a => a.Action));
        Assert.All(rows.Where(a => a.Action is "pad.pair" or "pad.repair"), a => Assert.Equal(PadAddress, a.Address));
        Assert.All(rows.Where(a => a.Action is "pad.offer" or "pad.unpair"), a => Assert.Equal(("manager", "127.0.0.1"), (a.Actor, a.Address)));
        Assert.DoesNotContain(rows, a => a.Details.Contains(firstTablet, StringComparison.Ordinal) || a.Details.Contains(secondTablet, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TabletMovedToAnotherCounter_LeavesTheFirst()
    {
        var tablet = await RedeemAsync((await OfferAsync(2)).Code);
        var offer = await OfferAsync(4);

        var moved = await _factory.Get<PairPadDevice>().HandleAsync(new PairPadDevice.Command(offer.Code, tablet), Pad);

        Assert.Equal(4, (await _factory.Get<EvaluationQueries>().PadAsync(moved.DeviceSecret))!.CounterNumber);
        Assert.Null(await _factory.Get<EvaluationQueries>().PadAsync(tablet));
        var pads = await _factory.Get<ManagerEvaluationQueries>().PadsAsync("AM");
        Assert.Null(pads.Single(p => p.CounterNumber == 2).PairedAt);
        Assert.NotNull(pads.Single(p => p.CounterNumber == 4).PairedAt);
    }

    [Fact]
    public async Task SignedInStaff_CannotPairTheirBrowser()
    {
        var offer = await OfferAsync(9);
        var clerk = await _factory.ActorAsync("clerk3");

        await Assert.ThrowsAsync<DomainException>(() => _factory.Get<PairPadDevice>().HandleAsync(new PairPadDevice.Command(offer.Code, null), clerk));

        // The code was not spent on the refusal: the tablet can still use it.
        Assert.Equal(9, (await _factory.Get<EvaluationQueries>().PadAsync(await RedeemAsync(offer.Code)))!.CounterNumber);
    }

    private HttpClient Browser(bool https = false) =>
        _factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri(https ? "https://localhost" : "http://localhost"),
        });

    private async Task<OfferPadPairing.Offer> OfferAsync(int counter) =>
        await _factory.Get<OfferPadPairing>().HandleAsync(new OfferPadPairing.Command("AM", counter), await _factory.ActorAsync("manager"));

    private async Task<string> RedeemAsync(string code) =>
        (await _factory.Get<PairPadDevice>().HandleAsync(new PairPadDevice.Command(code, null), Pad)).DeviceSecret;

    /// <summary>The tablet opens the pairing form (as its QR code does) and sends the code typed.</summary>
    private static async Task<HttpResponseMessage> PairAsync(HttpClient browser, string code)
    {
        var form = await browser.GetStringAsync("/pad/pair");
        var token = TokenPattern().Match(form).Groups[1].Value;
        return await browser.PostAsync("/pad/pair", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "pad-pair",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["Input.Code"] = code,
        }));
    }
}
