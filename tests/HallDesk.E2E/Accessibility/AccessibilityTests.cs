using HallDesk.Data;
using HallDesk.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static HallDesk.E2E.StaffBrowser;
using static Microsoft.Playwright.Assertions;

namespace HallDesk.E2E.Accessibility;

/// <summary>
/// axe-core (WCAG 2.0/2.1 A and AA) on every page of HallDesk, public and staff, signed in as each role, with the
/// states that change what is drawn (a counter opened and a ticket called, 长者模式 on the kiosk): 0 violations.
/// One test per role keeps the suite to one sign-in each. The page list follows the @page directives in src.
/// </summary>
[Collection(AccessibilityApp.Name)]
public sealed class AccessibilityTests(HistoryAppFixture app, ITestOutputHelper output)
{
    private static readonly string[] Halls = ["AM", "XY", "SDG"];

    [Fact]
    public async Task PublicPages_HaveNoViolations_InNormalAndElderMode()
    {
        var audit = new AxeAudit(output);
        var evidence = new FailureEvidence(output, nameof(PublicPages_HaveNoViolations_InNormalAndElderMode));
        var page = evidence.Watch("public", await app.NewPageAsync(1280, 1024));
        try
        {
            foreach (var hall in Halls)
            {
                // The street halls keep hours (XY 8:30–17:30, SDG 9:00–17:00, on the real clock this app runs on):
                // out of hours their kiosk is audited as the citizen finds it then, closed, and has no confirm step.
                // The district hall is always open, so every state below is audited on every run.
                await OpenAsync(page, $"/kiosk/{hall}");
                var open = await page.GetByTestId("kiosk-line-A").IsEnabledAsync();
                Assert.True(open || hall != "AM", "the district hall's kiosk is always open");
                var state = open ? "" : " (closed)";
                await audit.CheckAsync(page, $"/kiosk/{hall}{state}");
                if (open)
                {
                    await page.GetByTestId("kiosk-line-A").ClickAsync();
                    await Expect(page.GetByTestId("take-ticket")).ToBeVisibleAsync();
                    await audit.CheckAsync(page, $"/kiosk/{hall} confirm");
                    await page.GetByTestId("kiosk-back").ClickAsync();
                }

                await page.GetByTestId("elder-mode").ClickAsync();
                await Expect(page.GetByTestId("kiosk")).ToHaveAttributeAsync("data-elder", "true");
                await audit.CheckAsync(page, $"/kiosk/{hall} 长者模式{state}");
                if (open)
                {
                    await page.GetByTestId("kiosk-line-A").ClickAsync();
                    await Expect(page.GetByTestId("take-ticket")).ToBeVisibleAsync();
                    await audit.CheckAsync(page, $"/kiosk/{hall} 长者模式 confirm");
                }
            }

            // A ticket taken at the kiosk: its slip, then the page its QR code opens.
            await OpenAsync(page, "/kiosk/AM");
            await page.GetByTestId("kiosk-line-A").ClickAsync();
            await page.GetByTestId("take-ticket").ClickAsync();
            await Expect(page.GetByTestId("slip-number")).ToBeVisibleAsync();
            await audit.CheckAsync(page, "/kiosk/AM slip");
            // The kiosk's two other tiles: 预约签到 and 补打号票.
            await OpenAsync(page, "/kiosk/AM");
            await page.GetByTestId("kiosk-checkin-tile").ClickAsync();
            await Expect(page.GetByTestId("kiosk-checkin")).ToBeVisibleAsync();
            await audit.CheckAsync(page, "/kiosk/AM 预约签到");
            await OpenAsync(page, "/kiosk/AM");
            await page.GetByTestId("kiosk-reprint-tile").ClickAsync();
            await Expect(page.GetByTestId("kiosk-reprint")).ToBeVisibleAsync();
            await audit.CheckAsync(page, "/kiosk/AM 补打号票");
            // 办事指南 and 办件查询 at the kiosk: the search, an item read in place, a missed look-up; then in 长者模式.
            foreach (var elder in new[] { false, true })
            {
                var mode = elder ? " 长者模式" : "";
                await OpenAsync(page, "/kiosk/AM");
                if (elder)
                {
                    await page.GetByTestId("elder-mode").ClickAsync();
                    await Expect(page.GetByTestId("kiosk")).ToHaveAttributeAsync("data-elder", "true");
                }

                await page.GetByTestId("kiosk-guide-tile").ClickAsync();
                await page.GetByTestId("guide-pad-S").ClickAsync();
                await page.GetByTestId("guide-pad-P").ClickAsync();
                await Expect(page.GetByTestId("guide-hit-23100400SJ-XK-0001")).ToBeVisibleAsync();
                await audit.CheckAsync(page, $"/kiosk/AM 办事指南{mode}");
                await page.GetByTestId("guide-hit-23100400SJ-XK-0001").ClickAsync();
                await Expect(page.GetByTestId("guide-detail")).ToBeVisibleAsync();
                await audit.CheckAsync(page, $"/kiosk/AM 办事指南 食品经营许可{mode}");
                await page.GetByTestId("kiosk-back").ClickAsync();
                await page.GetByTestId("kiosk-case-tile").ClickAsync();
                await page.GetByTestId("case-number").FillAsync("AM209901010001");
                await page.GetByTestId("case-phone").FillAsync("0000");
                await page.GetByTestId("case-find").ClickAsync();
                await Expect(page.GetByTestId("progress-error")).ToBeVisibleAsync();
                await audit.CheckAsync(page, $"/kiosk/AM 办件查询{mode}");
            }

            await OpenAsync(page, $"/t/{await LatestWatchTokenAsync()}");
            await audit.CheckAsync(page, "/t/{token}");

            foreach (var hall in Halls)
            {
                await OpenAsync(page, $"/board/{hall}", "[data-screen=board][data-live=true]");
                await audit.CheckAsync(page, $"/board/{hall}");
            }

            await OpenAsync(page, "/counter-screen/AM/3", "[data-screen=counter][data-live=true]");
            await audit.CheckAsync(page, "/counter-screen/AM/3");

            await OpenAsync(page, $"/evaluate/{await EvaluationTokenAsync()}");
            await audit.CheckAsync(page, "/evaluate/{token}");

            // An unpaired rating pad (/pad) goes to /pad/pair, checked below.
            foreach (var path in (string[])["/", "/halls", "/guide", "/guide/23100400SJ-XK-0001", "/guide/YJS-0001", "/apply/23100400CG-XK-0001", "/apply/23100400CG-XK-0001/WS202612010001", "/appointments", "/progress", "/feedback", "/pad/pair", "/login", "/access-denied", "/not-found", "/Error"])
            {
                await OpenAsync(page, path, Interactive(path) ? "[data-interactive=true]" : null);
                await audit.CheckAsync(page, path);
            }

            audit.AssertClean();
        }
        catch
        {
            await evidence.WriteAsync();
            throw;
        }
    }

    [Fact]
    public async Task ClerkPages_HaveNoViolations_WithACounterOpenAndATicketCalled()
    {
        var audit = new AxeAudit(output);
        var evidence = new FailureEvidence(output, nameof(ClerkPages_HaveNoViolations_WithACounterOpenAndATicketCalled));
        var clerk = evidence.Watch("clerk", await app.NewPageAsync(1440, 900));
        try
        {
            var issued = await clerk.APIRequest.PostAsync("/api/v1/halls/AM/tickets", new() { DataObject = new { line = "D" } });
            Assert.Equal(201, issued.Status);
            await SignInAsync(clerk, "/counter", "clerk3");
            await audit.CheckAsync(clerk, "/counter");
            await clerk.GetByTestId("open-counter-7").ClickAsync();
            await Expect(clerk.GetByTestId("call-next")).ToBeEnabledAsync();
            await audit.CheckAsync(clerk, "/counter opened");
            await clerk.GetByTestId("call-next").ClickAsync();
            await Expect(clerk.GetByTestId("current-ticket")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^D\d{3}$"));
            await audit.CheckAsync(clerk, "/counter called");
            await clerk.GetByTestId("start-service").ClickAsync();
            await Expect(clerk.GetByTestId("finish-service")).ToBeEnabledAsync();
            await audit.CheckAsync(clerk, "/counter serving");

            await OpenAsync(clerk, "/manager/feedback");
            await audit.CheckAsync(clerk, "/manager/feedback (clerk)");
            audit.AssertClean();
        }
        catch
        {
            await evidence.WriteAsync();
            throw;
        }
    }

    /// <summary>
    /// A paired rating pad (/pad with the pairing cookie) in each of its states: waiting for a service, asking for
    /// the rating of the ticket just finished, and a bad rating's form (what went wrong, a comment, a phone).
    /// </summary>
    [Fact]
    public async Task PairedRatingPad_HasNoViolations_IdlePromptAndBadRatingForm()
    {
        var audit = new AxeAudit(output);
        var evidence = new FailureEvidence(output, nameof(PairedRatingPad_HasNoViolations_IdlePromptAndBadRatingForm));
        var manager = evidence.Watch("pads", await app.NewPageAsync(1440, 900));
        var pad = evidence.Watch("pad", await app.NewPageAsync(1280, 800));
        var clerk = evidence.Watch("clerk", await app.NewPageAsync(1440, 900));
        try
        {
            await SignInAsync(manager, "/manager/pads", "manager");
            await manager.GetByTestId("pad-offer-3").ClickAsync();
            var code = manager.GetByTestId("pad-offer-code");
            await Expect(code).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[2-9A-Z]{4}-[2-9A-Z]{4}$"));
            await audit.CheckAsync(manager, "/manager/pads pairing code");

            await OpenAsync(pad, "/pad/pair", ready: null);
            await pad.GetByTestId("pad-pair-code").FillAsync(await code.InnerTextAsync());
            await pad.GetByTestId("pad-pair-submit").ClickAsync();
            await Expect(pad.GetByTestId("pad-idle")).ToBeVisibleAsync();
            await audit.CheckAsync(pad, "/pad idle");

            var issued = await clerk.APIRequest.PostAsync("/api/v1/halls/AM/tickets", new() { DataObject = new { line = "A" } });
            Assert.Equal(201, issued.Status);
            await SignInAsync(clerk, "/counter", "clerk1");
            await clerk.GetByTestId("open-counter-3").ClickAsync();
            await Expect(clerk.GetByTestId("call-next")).ToBeEnabledAsync();
            await clerk.GetByTestId("call-next").ClickAsync();
            await Expect(clerk.GetByTestId("finish-service")).ToBeEnabledAsync();
            await clerk.GetByTestId("finish-service").ClickAsync();

            await Expect(pad.GetByTestId("pad-prompt")).ToBeVisibleAsync();
            await audit.CheckAsync(pad, "/pad prompt");
            await pad.GetByTestId("pad-level-2").ClickAsync();
            await Expect(pad.GetByTestId("pad-indicator-3")).ToBeVisibleAsync();
            await audit.CheckAsync(pad, "/pad bad rating form");
            audit.AssertClean();
        }
        catch
        {
            await evidence.WriteAsync();
            throw;
        }
    }

    [Fact]
    public async Task ReviewerPages_HaveNoViolations()
    {
        var audit = new AxeAudit(output);
        var evidence = new FailureEvidence(output, nameof(ReviewerPages_HaveNoViolations));
        var reviewer = evidence.Watch("reviewer", await app.NewPageAsync(1440, 900));
        try
        {
            var (department, caseNumber) = await ReviewTaskAsync();
            await SignInAsync(reviewer, "/review", $"reviewer-{department}");
            await audit.CheckAsync(reviewer, "/review");
            await OpenAsync(reviewer, $"/review/{caseNumber}");
            await audit.CheckAsync(reviewer, "/review/{case}");
            audit.AssertClean();
        }
        catch
        {
            await evidence.WriteAsync();
            throw;
        }
    }

    [Fact]
    public async Task ManagerPages_HaveNoViolations()
    {
        var audit = new AxeAudit(output);
        var evidence = new FailureEvidence(output, nameof(ManagerPages_HaveNoViolations));
        var manager = evidence.Watch("manager", await app.NewPageAsync(1440, 900));
        try
        {
            await SignInAsync(manager, "/manager", "manager");
            await audit.CheckAsync(manager, "/manager");
            foreach (var path in (string[])["/manager/reports", "/manager/evaluations", "/manager/feedback", "/manager/rectifications", "/manager/pads", "/manager/appointments", "/manager/special-procedures"])
            {
                await OpenAsync(manager, path);
                await audit.CheckAsync(manager, path);
            }

            audit.AssertClean();
        }
        catch
        {
            await evidence.WriteAsync();
            throw;
        }
    }

    /// <summary>The district role's own pages (the calendar and the catalog it keeps for every hall, every hall live, a hall's dashboard read-only).</summary>
    [Fact]
    public async Task DistrictPages_HaveNoViolations()
    {
        var audit = new AxeAudit(output);
        var evidence = new FailureEvidence(output, nameof(DistrictPages_HaveNoViolations));
        var district = evidence.Watch("district", await app.NewPageAsync(1440, 900));
        try
        {
            await SignInAsync(district, "/manager/catalog", "district");
            await audit.CheckAsync(district, "/manager/catalog (district)");
            await OpenAsync(district, "/manager/calendar");
            await audit.CheckAsync(district, "/manager/calendar (district)");
            await OpenAsync(district, "/district");
            await audit.CheckAsync(district, "/district");
            await OpenAsync(district, "/manager?hall=XY");
            await audit.CheckAsync(district, "/manager?hall=XY (read-only)");
            await OpenAsync(district, "/admin/halls");
            await audit.CheckAsync(district, "/admin/halls (district)");
            audit.AssertClean();
        }
        catch
        {
            await evidence.WriteAsync();
            throw;
        }
    }

    /// <summary>The 代办点's page: the intake and the point's own list.</summary>
    [Fact]
    public async Task AgencyPage_HasNoViolations()
    {
        var audit = new AxeAudit(output);
        var evidence = new FailureEvidence(output, nameof(AgencyPage_HasNoViolations));
        var agent = evidence.Watch("agent", await app.NewPageAsync(1440, 900));
        try
        {
            await SignInAsync(agent, "/agency", "agent-sdg01");
            await audit.CheckAsync(agent, "/agency");
            await agent.GetByRole(AriaRole.Tab, new() { Name = "本点办件" }).ClickAsync();
            await Expect(agent.GetByTestId("agency-empty").Or(agent.GetByTestId("agency-list"))).ToBeVisibleAsync();
            await audit.CheckAsync(agent, "/agency 本点办件");
            audit.AssertClean();
        }
        catch
        {
            await evidence.WriteAsync();
            throw;
        }
    }

    [Fact]
    public async Task AdminPages_HaveNoViolations()
    {
        var audit = new AxeAudit(output);
        var evidence = new FailureEvidence(output, nameof(AdminPages_HaveNoViolations));
        var admin = evidence.Watch("admin", await app.NewPageAsync(1440, 900));
        try
        {
            await SignInAsync(admin, "/admin/staff", "admin");
            await audit.CheckAsync(admin, "/admin/staff");
            foreach (var path in (string[])["/admin/hall", "/admin/queue", "/admin/halls", "/admin/halls/XY", "/admin/audit", "/admin/sms", "/manager/calendar", "/manager/catalog"])
            {
                await OpenAsync(admin, path);
                await audit.CheckAsync(admin, path);
            }

            audit.AssertClean();
        }
        catch
        {
            await evidence.WriteAsync();
            throw;
        }
    }

    private static bool Interactive(string path) => path is "/halls" or "/appointments" or "/progress" or "/feedback" || path.StartsWith("/guide", StringComparison.Ordinal)
        || path.StartsWith("/apply", StringComparison.Ordinal);

    /// <summary>Opens the page and waits until it is drawn: interactive, live, or (a static page) loaded.</summary>
    private static async Task OpenAsync(IPage page, string path, string? ready = "[data-interactive=true]")
    {
        await page.GotoAsync(path);
        if (ready is not null)
        {
            await Expect(page.Locator(ready).First).ToBeAttachedAsync();
        }
    }

    private async Task<string> LatestWatchTokenAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<HallDeskDbContext>>().CreateDbContextAsync();
        return await db.TicketWatches.OrderByDescending(w => w.CreatedAt).Select(w => w.Token).FirstAsync();
    }

    private async Task<string> EvaluationTokenAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<HallDeskDbContext>>().CreateDbContextAsync();
        return await db.Cases.Where(c => c.EvaluationToken != "").OrderByDescending(c => c.Id).Select(c => c.EvaluationToken).FirstAsync();
    }

    private async Task<(string Department, string CaseNumber)> ReviewTaskAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<HallDeskDbContext>>().CreateDbContextAsync();
        var task = await db.ReviewTasks.Where(t => t.Status == ReviewStatus.Pending).OrderByDescending(t => t.Id)
            .Join(db.Cases, t => t.CaseId, c => c.Id, (t, c) => new { t.DepartmentCode, c.CaseNumber }).FirstAsync();
        return (task.DepartmentCode, task.CaseNumber);
    }
}
