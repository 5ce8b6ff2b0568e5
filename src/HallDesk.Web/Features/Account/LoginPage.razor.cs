using System.ComponentModel.DataAnnotations;
using System.Globalization;
using HallDesk.Data;
using Microsoft.AspNetCore.Components;

namespace HallDesk.Web.Features.Account;

/// <summary>The staff login form (static server rendering: the sign-in cookie is written on the form's POST).</summary>
public partial class LoginPage
{
    private string? _error;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm]
    private LoginInput? Input { get; set; }

    [SupplyParameterFromQuery]
    private string? ReturnUrl { get; set; }

    protected override void OnInitialized() => Input ??= new();

    private async Task LoginAsync()
    {
        var result = await SignIn.HandleAsync(Input!.UserName, Input.Password, HttpContext.Connection.RemoteIpAddress?.ToString());
        switch (result.Outcome)
        {
            case SignInStaff.Outcome.SignedIn:
                Navigation.NavigateTo(await LandingAsync(result.User!), forceLoad: true);
                break;
            case SignInStaff.Outcome.Throttled:
                HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                HttpContext.Response.Headers.RetryAfter = (SignIn.FailureWindowMinutes * 60).ToString(CultureInfo.InvariantCulture);
                _error = L["LoginThrottled", SignIn.FailureWindowMinutes];
                break;
            default:
                _error = L["LoginFailed", AccountServices.MaxFailedLogins];
                break;
        }
    }

    private async Task<string> LandingAsync(StaffUser user)
    {
        if (!string.IsNullOrEmpty(ReturnUrl) && Uri.IsWellFormedUriString(ReturnUrl, UriKind.Relative) && ReturnUrl.StartsWith('/') && !ReturnUrl.StartsWith("//", StringComparison.Ordinal))
        {
            return ReturnUrl;
        }

        var roles = await SignIn.RolesAsync(user);
        return roles.Contains(Roles.Clerk) ? "/counter"
            : roles.Contains(Roles.Reviewer) ? "/review"
            : roles.Contains(Roles.Manager) || roles.Contains(Roles.Admin) ? "/manager"
            : roles.Contains(Roles.Agent) ? "/agency"
            : "/";
    }

    private sealed class LoginInput
    {
        [Required(ErrorMessage = "请输入用户名")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "请输入密码")]
        public string Password { get; set; } = "";
    }
}
