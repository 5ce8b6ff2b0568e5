using System.Security.Claims;
using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Web.Components;
using HallDesk.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace HallDesk.Web.Features.Evaluation;

/// <summary>
/// 评价器配对 on the tablet: the one-time code from /manager/pads (typed, or filled in by its QR code) turns this
/// browser into the counter's pad. The device secret goes into an HttpOnly cookie (Secure over HTTPS).
/// </summary>
public partial class PadPairPage
{
    public const string Route = "pad/pair";

    /// <summary>Browsers keep a cookie at most 400 days; the pad is paired until unpaired or replaced.</summary>
    private static readonly TimeSpan CookieLifetime = TimeSpan.FromDays(400);

    private string? _error;
    private PadState? _current;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [Inject] private PairPadDevice Pair { get; set; } = default!;
    [Inject] private EvaluationQueries Evaluations { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;

    [SupplyParameterFromForm] private PairInput? Input { get; set; }

    /// <summary>The QR code on the manager's screen carries the code.</summary>
    [SupplyParameterFromQuery(Name = "code")] private string? QueryCode { get; set; }

    protected override async Task OnInitializedAsync()
    {
        Input ??= new() { Code = QueryCode ?? "" };
        _current = await Evaluations.PadAsync(HttpContext.Request.Cookies[PadDevice.CookieName]);
    }

    private async Task PairAsync()
    {
        var user = HttpContext.User;
        // A signed-in member of staff is named, and refused: the clerk's console is not a pad.
        var device = new Actor(user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "" : "",
            user.Identity?.Name ?? "评价器", HttpContext.Connection.RemoteIpAddress?.ToString());
        PairPadDevice.Paired paired;
        try
        {
            paired = await Pair.HandleAsync(new PairPadDevice.Command(Input!.Code, HttpContext.Request.Cookies[PadDevice.CookieName]), device);
        }
        catch (DomainException ex)
        {
            _error = Texts.Of(ex);
            return;
        }

        HttpContext.Response.Cookies.Append(PadDevice.CookieName, paired.DeviceSecret, new CookieOptions
        {
            HttpOnly = true,
            Secure = HttpContext.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            IsEssential = true,
            Path = "/",
            Expires = Time.GetUtcNow() + CookieLifetime,
        });
        Navigation.NavigateTo("pad", forceLoad: true);
    }

    private sealed class PairInput
    {
        public string Code { get; set; } = "";
    }
}
