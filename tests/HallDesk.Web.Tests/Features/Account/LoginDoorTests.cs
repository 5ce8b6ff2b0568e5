using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using HallDesk.Data;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HallDesk.Web.Tests.Features.Account;

/// <summary>
/// Issue 13, "Login": only real accounts showed "locked" (55 ms against 4 ms for an unknown name), there was no limit per
/// address, and anyone could lock any staff account.
/// </summary>
public sealed partial class LoginDoorTests : IClassFixture<LoginDoorFactory>
{
    private readonly LoginDoorFactory _factory;

    public LoginDoorTests(LoginDoorFactory factory) => _factory = factory;

    [GeneratedRegex("data-testid=\"login-error\"[^>]*>([^<]*)<")]
    private static partial Regex ErrorPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [Fact]
    public async Task UnknownUser_WrongPassword_LockedAccount_GetTheSameAnswer()
    {
        await LockAsync("clerk-xy1");

        var unknown = await AttemptAsync("10.4.0.1", "nobody-here", "Wrong@2026pass");
        var wrong = await AttemptAsync("10.4.0.2", "clerk-xy2", "Wrong@2026pass");
        var locked = await AttemptAsync("10.4.0.3", "clerk-xy1", HallDeskFactory.Password);

        Assert.All([unknown, wrong, locked], a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.NotEmpty(unknown.Error);
        Assert.Equal(unknown.Error, wrong.Error);
        Assert.Equal(unknown.Error, locked.Error);
    }

    [Fact]
    public async Task UnknownUser_WrongPassword_LockedAccount_TakeSimilarTime()
    {
        await LockAsync("clerk-sdg1");
        var address = 0;
        async Task<double> TimeAsync(string user)
        {
            return (await AttemptAsync($"10.4.1.{++address}", user, "Wrong@2026pass")).PostMs;
        }

        // Warm-up, then rounds that take turns so that a busy spell on the machine falls on every kind.
        await TimeAsync("nobody-at-all");
        await TimeAsync("clerk3");
        await TimeAsync("clerk-sdg1");
        var unknown = new List<double>();
        var wrong = new List<double>();
        var locked = new List<double>();
        for (var round = 0; round < 4; round++)
        {
            unknown.Add(await TimeAsync("nobody-" + round));
            wrong.Add(await TimeAsync("clerk3"));
            locked.Add(await TimeAsync("clerk-sdg1"));
        }

        var medians = new[] { Median(unknown), Median(wrong), Median(locked) };
        Assert.True(medians.Max() < 3 * medians.Min(), $"medians unknown/wrong/locked {string.Join(" / ", medians.Select(m => m.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)))} ms");
    }

    [Fact]
    public async Task FailuresFromOneAddress_OverTheLimit_Answer429InChinese_EvenForTheRightPassword()
    {
        for (var i = 0; i < LoginDoorFactory.Failures; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await AttemptAsync("10.4.2.1", "clerk1", "Wrong@2026pass")).Status);
        }

        var refused = await AttemptAsync("10.4.2.1", "clerk2", HallDeskFactory.Password);
        var elsewhere = await AttemptAsync("10.4.2.2", "clerk2", HallDeskFactory.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Contains("登录失败次数过多", refused.Error);
        Assert.NotNull(refused.RetryAfter);
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.Status);
    }

    [Fact]
    public async Task OneAddress_CannotLockEveryAccount()
    {
        string[] accounts = ["clerk4", "manager", "admin", "reviewer-ga"];
        foreach (var account in accounts)
        {
            for (var i = 0; i < HallDesk.Web.Features.Account.AccountServices.MaxFailedLogins; i++)
            {
                await AttemptAsync("10.4.3.1", account, "Wrong@2026pass");
            }
        }

        await using var db = await _factory.DbAsync();
        var tried = await db.Users.Where(u => accounts.Contains(u.UserName!)).ToListAsync();
        Assert.All(tried, u => Assert.Null(u.LockoutEnd));
        Assert.True(tried.Sum(u => u.AccessFailedCount) <= LoginDoorFactory.Failures, "failures beyond the address's limit must not count");
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private async Task LockAsync(string userName)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByNameAsync(userName);
        await users.SetLockoutEndDateAsync(user!, DateTimeOffset.MaxValue);
    }

    /// <summary>Opens the form, then posts it; times the post alone.</summary>
    private async Task<(HttpStatusCode Status, string Error, string? RetryAfter, double PostMs)> AttemptAsync(string address, string userName, string password)
    {
        var client = TestClientAddress.Client(_factory, address, cookies: true);
        var token = TokenPattern().Match(await client.GetStringAsync("/login")).Groups[1].Value;
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
        var started = Stopwatch.GetTimestamp();
        var response = await client.PostAsync("/login", form);
        var page = await response.Content.ReadAsStringAsync();
        var postMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var error = ErrorPattern().Match(page) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value).Trim() : "";
        return (response.StatusCode, error, response.Headers.RetryAfter?.ToString(), postMs);
    }
}
