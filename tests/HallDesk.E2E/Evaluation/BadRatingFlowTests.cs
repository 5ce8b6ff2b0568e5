using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using HallDesk.Domain.Calendar;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static HallDesk.E2E.StaffBrowser;
using static Microsoft.Playwright.Assertions;

namespace HallDesk.E2E.Evaluation;

/// <summary>
/// A bad rating on counter 3's pad, from pairing the tablet and the finished service to the closed rectification order. It has an app
/// of its own (a class fixture, not the shared collection): the flow calls a ticket at counter 3 as clerk1, which
/// the queue test in the shared app expects to find unused and the board expects never to have shown.
/// </summary>
public sealed class BadRatingFlowTests(AppFixture app, ITestOutputHelper output) : IClassFixture<AppFixture>
{
    // With a phone the rating is real-name: the rater can be called back, so the order cannot close without it.
    private const string Phone = "13912345678";
    private const string Clerk = "王晓燕";
    private const string Indicator = "服务态度";
    private const string Comment = "窗口人员态度生硬，解释不耐心。";
    private const int RectificationDays = 5;

    private static readonly TimeZoneInfo HallZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public async Task ClerkFinishes_PadAsks_BadRating_ManagerClosesRectification()
    {
        var evidence = new FailureEvidence(output, nameof(ClerkFinishes_PadAsks_BadRating_ManagerClosesRectification));
        try
        {
            // A tablet that only knows counter 3's old pad address gets the pairing form, nothing of the counter.
            var pad = evidence.Watch("pad", await app.NewPageAsync(1280, 800));
            await pad.GotoAsync("/pad/am03");
            await Expect(pad).ToHaveURLAsync(new Regex("/pad/pair$"));
            await Expect(pad.GetByTestId("pad-unpaired")).ToHaveTextAsync("此设备未配对");

            // The manager shows a one-time code for counter 3; the tablet enters it once and becomes counter 3's pad.
            var code = await PairingCodeAsync(evidence, 3);
            await pad.GetByTestId("pad-pair-code").FillAsync(code);
            await pad.GetByTestId("pad-pair-submit").ClickAsync();
            await Expect(pad).ToHaveURLAsync(new Regex("/pad$"));
            Assert.True((await pad.Context.CookiesAsync()).Single(c => c.Name == "HallDesk.Pad").HttpOnly);

            // Before anything happens there: the counter is closed.
            await Expect(pad.Locator("[data-interactive=true]")).ToBeAttachedAsync();
            await Expect(pad.GetByTestId("pad-idle")).ToBeVisibleAsync();
            await Expect(pad.GetByTestId("pad-not-serving")).ToBeVisibleAsync();

            var ticket = await TakeTicketAsync();

            // clerk1 opens counter 3; the pad shows who serves there now.
            var clerk = evidence.Watch("counter", await app.NewPageAsync(1440, 900));
            await SignInAsync(clerk, "/counter", "clerk1");
            await clerk.GetByTestId("open-counter-3").ClickAsync();
            await Expect(pad.GetByTestId("pad-clerk")).ToHaveTextAsync(Clerk);

            var callNext = clerk.GetByTestId("call-next");
            await Expect(callNext).ToBeEnabledAsync();
            await callNext.ClickAsync();
            await Expect(clerk.GetByTestId("current-ticket")).ToHaveTextAsync(ticket);
            await clerk.GetByTestId("finish-service").ClickAsync();
            var awaiting = clerk.GetByTestId("awaiting-rating");
            await Expect(awaiting).ToHaveAttributeAsync("data-ticket", ticket);
            await Expect(awaiting).ToContainTextAsync(ticket);

            // The pad asks for this ticket's rating: 不满意 needs what went wrong before it can be sent.
            await Expect(pad.GetByTestId("pad-prompt")).ToBeVisibleAsync();
            await Expect(pad.GetByTestId("pad-ticket")).ToHaveTextAsync(ticket);
            var dissatisfied = pad.GetByTestId("pad-level-2");
            await Expect(dissatisfied).ToHaveTextAsync("不满意");
            await dissatisfied.ClickAsync();
            await Expect(dissatisfied).ToHaveAttributeAsync("aria-pressed", "true");
            var indicator = pad.GetByTestId("pad-indicator-3");
            await Expect(indicator).ToHaveTextAsync(Indicator);
            await indicator.ClickAsync();
            await Expect(indicator).ToHaveAttributeAsync("aria-pressed", "true");
            await pad.GetByTestId("pad-comment").FillAsync(Comment);
            var before = HallToday();
            await pad.GetByTestId("pad-submit").ClickAsync();
            await Expect(pad.GetByTestId("pad-thanks")).ToBeVisibleAsync();
            var after = HallToday();

            // The clerk sees the rating given, live.
            var rating = clerk.GetByTestId("last-rating");
            await Expect(rating).ToHaveAttributeAsync("data-level", "2");
            await Expect(rating).ToHaveAttributeAsync("data-ticket", ticket);
            await Expect(rating).ToHaveTextAsync("评价：不满意");

            await CloseRectificationAsManagerAsync(evidence, ticket, [before, after]);
        }
        catch
        {
            await evidence.WriteAsync();
            throw;
        }
    }

    /// <summary>评价器配对 as the manager: a one-time code for the counter, shown with its QR code.</summary>
    private async Task<string> PairingCodeAsync(FailureEvidence evidence, int counter)
    {
        var manager = evidence.Watch("pads", await app.NewPageAsync(1440, 900));
        await SignInAsync(manager, "/manager/pads", "manager");
        await manager.GetByTestId($"pad-offer-{counter}").ClickAsync();
        var code = manager.GetByTestId("pad-offer-code");
        await Expect(code).ToHaveTextAsync(new Regex("^[2-9A-Z]{4}-[2-9A-Z]{4}$"));
        await Expect(manager.GetByTestId("pad-offer-qr")).ToBeVisibleAsync();
        return await code.InnerTextAsync();
    }

    /// <summary>取号 through the public API, as a phone app would: line A with the citizen's mobile number.</summary>
    private async Task<string> TakeTicketAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        using var response = await http.PostAsJsonAsync("/api/v1/halls/AM/tickets", new { line = "A", phone = Phone });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var ticket = body.GetProperty("number").GetString() ?? "";
        Assert.Matches(@"^A\d{3}$", ticket);
        return ticket;
    }

    /// <summary>差评整改 of a real-name order: 核实有效 → 整改 → (关闭 refused) → 回访 → 关闭.</summary>
    private async Task CloseRectificationAsManagerAsync(FailureEvidence evidence, string ticket, DateOnly[] ratedOn)
    {
        var manager = evidence.Watch("rectifications", await app.NewPageAsync(1440, 900));
        await SignInAsync(manager, "/manager/rectifications", "manager");

        // The order opened by the rating: numbered by the hall's day, due 5 working days later, not overdue.
        var row = manager.Locator("tr[data-testid^=rect-row-]").Filter(new() { HasText = ticket });
        await Expect(row).ToHaveCountAsync(1);
        var number = (await row.GetAttributeAsync("data-testid"))!["rect-row-".Length..];
        Assert.Matches(@"^ZG\d{8}\d{3}$", number);
        var openedOn = DateOnly.ParseExact(number.Substring(2, 8), "yyyyMMdd", CultureInfo.InvariantCulture);
        Assert.Contains(openedOn, ratedOn);
        var deadline = NationalHolidays.Calendar2026().AddWorkingDays(openedOn, RectificationDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Expect(row).ToContainTextAsync($"{Indicator}；{Comment}");
        // The deadline cell holds the date alone: an overdue order would add a chip to it.
        await Expect(row.Locator("td").Nth(3)).ToHaveTextAsync(deadline);
        await Expect(manager.GetByTestId($"rect-overdue-{number}")).ToHaveCountAsync(0);
        await Expect(manager.GetByTestId("rect-overdue-count")).ToHaveTextAsync("逾期 0 件");

        await row.ClickAsync();
        var detail = manager.GetByTestId("rect-detail");
        await Expect(detail).ToContainTextAsync(number);
        await Expect(detail).ToContainTextAsync($"整改期限 {deadline}");
        await Expect(detail).ToContainTextAsync("实名评价");
        var status = manager.GetByTestId("rect-status");
        await Expect(status).ToHaveTextAsync("待核实");

        await FillAndLeaveAsync(manager.GetByTestId("rect-note"), "调取窗口录像，工作人员解释政策时语气生硬，情况属实。");
        await manager.GetByTestId("rect-verify-valid").ClickAsync();
        await Expect(status).ToHaveTextAsync("待整改");

        const string measures = "对窗口人员进行服务规范培训，纳入本月考核。";
        await FillAndLeaveAsync(manager.GetByTestId("rect-measures"), measures);
        await manager.GetByTestId("rect-fix").ClickAsync();
        await Expect(status).ToHaveTextAsync("待回访");

        // A real-name order cannot be closed before the rater has been called back.
        await manager.GetByTestId("rect-close").ClickAsync();
        await Expect(manager.Locator(".mud-snackbar").Filter(new() { HasText = "实名差评必须先记录回访，才能关闭整改单。" })).ToBeVisibleAsync();
        await Expect(status).ToHaveTextAsync("待回访");

        // 回访: contacted (the default), satisfied afterwards (the default), and what was said.
        await Expect(manager.GetByTestId("rect-contacted")).ToBeCheckedAsync();
        // MudSelect puts the test id on its combobox, which shows the chosen item's text.
        await Expect(manager.GetByTestId("rect-satisfied")).ToHaveTextAsync("满意");
        const string outcome = "电话回访，群众接受道歉，认可整改措施。";
        await FillAndLeaveAsync(manager.GetByTestId("rect-outcome"), outcome);
        await manager.GetByTestId("rect-callback").ClickAsync();
        await Expect(status).ToHaveTextAsync("已回访");

        await manager.GetByTestId("rect-close").ClickAsync();
        await Expect(status).ToHaveTextAsync("已关闭");
        await Expect(manager.GetByTestId("rect-closed")).ToHaveTextAsync("已按期关闭");
        var history = manager.GetByTestId("rect-history");
        await Expect(history).ToContainTextAsync(measures);
        await Expect(history).ToContainTextAsync($"{outcome}；群众表示满意");
    }

    private static DateOnly HallToday() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, HallZone));
}
