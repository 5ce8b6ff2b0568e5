using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static HallDesk.E2E.StaffBrowser;
using static Microsoft.Playwright.Assertions;

namespace HallDesk.E2E.Intake;

/// <summary>
/// One case from the kiosk to the public progress page. It has an app of its own (a class fixture, not the
/// shared collection): the flow calls a ticket at counter 3 as clerk1, which the queue test in the shared
/// app expects to find unused and the board expects never to have shown, whichever of them xUnit runs first.
/// </summary>
public sealed class CaseFlowTests(AppFixture app, ITestOutputHelper output) : IClassFixture<AppFixture>
{
    // A company of the demo 电子证照 table: its 营业执照 is on file, so the clerk does not ask for it.
    private const string OrgName = "牡丹江鸿福餐饮管理有限公司";
    private const string CreditCode = "91231004MA72K3QX5M";
    private const string Phone = "13987654321";
    private const string LegalRepresentative = "马文斌";

    // The company's clerk applies as its agent: her ID number is checked and she brings a 授权委托书.
    private const string AgentName = "李梅";
    private const string AgentId = "231004197511024567";

    // 户外招牌设置审批: reviewed by 城管 (cg), promised in 3 working days.
    private const string SubjectCode = "23100400CG-XK-0001";
    private const string SubjectName = "户外招牌设置审批";

    private static readonly TimeZoneInfo HallZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public async Task TicketToIntakeToReviewToDelivery_PublicQueryShowsDelivered()
    {
        var evidence = new FailureEvidence(output, nameof(TicketToIntakeToReviewToDelivery_PublicQueryShowsDelivered));
        try
        {
            // The kiosk: the company's clerk takes a ticket for line A (综合受理).
            var kiosk = evidence.Watch("kiosk", await app.NewPageAsync(1280, 1024));
            await kiosk.GotoAsync("/kiosk/AM");
            await Expect(kiosk.Locator("[data-interactive=true]")).ToBeAttachedAsync();
            await kiosk.GetByTestId("kiosk-line-A").ClickAsync();
            await kiosk.GetByTestId("take-ticket").ClickAsync();
            var slip = kiosk.GetByTestId("slip-number");
            await Expect(slip).ToHaveTextAsync(new Regex(@"^\s*A\d{3}\s*$"));
            var ticket = (await slip.InnerTextAsync()).Trim();

            // The counter: clerk1 opens counter 3 and calls the ticket.
            var clerk = evidence.Watch("counter", await app.NewPageAsync(1440, 900));
            await SignInAsync(clerk, "/counter", "clerk1");
            await clerk.GetByTestId("open-counter-3").ClickAsync();
            var callNext = clerk.GetByTestId("call-next");
            await Expect(callNext).ToBeEnabledAsync();
            await callNext.ClickAsync();
            await Expect(clerk.GetByTestId("current-ticket")).ToHaveTextAsync(ticket);

            var (caseNumber, promised) = await TakeInAsync(clerk);

            await clerk.GetByTestId("finish-service").ClickAsync();
            await Expect(clerk.GetByTestId("current-ticket")).ToHaveTextAsync("—");

            await ApproveAsReviewerAsync(evidence, caseNumber, promised);

            // Back at the counter: the result is handed over at the window.
            await clerk.GetByRole(AriaRole.Tab, new() { Name = "补正 · 出件" }).ClickAsync();
            var window = clerk.GetByTestId("case-window");
            await window.GetByTestId("case-lookup").FillAsync(caseNumber);
            await window.GetByTestId("case-lookup-go").ClickAsync();
            var status = window.GetByTestId("window-case-status");
            await Expect(status).ToHaveTextAsync("已办结");
            // 出件 to the agent: the last four of the company's credit code are not her ID card's, and nothing is handed over.
            await window.GetByTestId("deliver-window").ClickAsync();
            var collector = window.GetByTestId("collector-form");
            await collector.GetByText($"代理人（{AgentName}）").ClickAsync();
            await Expect(collector).ToContainTextAsync("代理人身份证号码后四位");
            await collector.GetByTestId("collector-id-last4").FillAsync(CreditCode[^4..]);
            await collector.GetByTestId("collect-confirm").ClickAsync();
            await Expect(clerk.GetByText("证件号码后四位与本办件登记的代理人不一致，不能出件。请核对代理人本人身份证。")).ToBeVisibleAsync();
            await Expect(status).ToHaveTextAsync("已办结");
            await collector.GetByTestId("collector-id-last4").FillAsync(AgentId[^4..]);
            await collector.GetByTestId("collect-confirm").ClickAsync();
            await Expect(status).ToHaveTextAsync("已送达");

            // The public progress query, from a link with the case number: no login, the phone's last four digits.
            var citizen = evidence.Watch("progress", await app.NewPageAsync(412, 915));
            await citizen.GotoAsync($"/progress?case={caseNumber}");
            await Expect(citizen.Locator("[data-interactive=true]")).ToBeAttachedAsync();
            await Expect(citizen.GetByTestId("progress-case")).ToHaveValueAsync(caseNumber);
            await citizen.GetByTestId("progress-phone").FillAsync(Phone[^4..]);
            await citizen.GetByTestId("progress-find").ClickAsync();
            await Expect(citizen.GetByTestId("progress-status")).ToContainTextAsync("已送达");
            var result = citizen.GetByTestId("progress-result");
            await Expect(result).ToContainTextAsync(SubjectName);
            await Expect(result).ToContainTextAsync(promised);

            // The public page shows the company's name, never its phone number or credit code.
            var html = await citizen.ContentAsync();
            Assert.DoesNotContain(Phone, html, StringComparison.Ordinal);
            Assert.DoesNotContain(CreditCode, html, StringComparison.Ordinal);
        }
        catch
        {
            await evidence.WriteAsync();
            throw;
        }
    }

    /// <summary>综合受理 for the company: applicant, item, materials, 受理. Returns the case number and promised date.</summary>
    private static async Task<(string CaseNumber, string Promised)> TakeInAsync(IPage clerk)
    {
        var intake = clerk.GetByTestId("intake");

        // The legal representative's field appears only once the server knows it is an organisation.
        await intake.GetByText("单位/企业", new() { Exact = true }).ClickAsync();
        await Expect(intake.GetByTestId("applicant-legal-rep")).ToBeVisibleAsync();
        await FillAndLeaveAsync(intake.GetByTestId("applicant-name"), OrgName);
        await FillAndLeaveAsync(intake.GetByTestId("applicant-id"), CreditCode);
        await Expect(intake.GetByTestId("licences-found")).ToContainTextAsync("营业执照");
        await FillAndLeaveAsync(intake.GetByTestId("applicant-phone"), Phone);
        await FillAndLeaveAsync(intake.GetByTestId("applicant-legal-rep"), LegalRepresentative);
        await FillAndLeaveAsync(intake.GetByTestId("applicant-agent"), AgentName);
        await FillAndLeaveAsync(intake.GetByTestId("applicant-agent-id"), AgentId);

        // Pinyin initials find the item.
        await intake.GetByTestId("subject-search").FillAsync("hwzp");
        var hit = intake.GetByTestId($"subject-hit-{SubjectCode}");
        await Expect(hit).ToContainTextAsync(SubjectName);
        await Expect(hit).ToContainTextAsync("承诺3个工作日");
        await hit.ClickAsync();
        await Expect(intake.GetByTestId("subject-selected")).ToContainTextAsync(SubjectName);

        // The licence on file and the premises proof the 不动产 department shares are not asked for.
        var checklist = intake.GetByTestId("checklist");
        await Expect(checklist.GetByTestId("material-business-licence")).ToHaveAttributeAsync("data-state", "FromLicence");
        await Expect(checklist.GetByTestId("material-premises-proof")).ToHaveAttributeAsync("data-state", "FromDepartment");

        // The clerk ticks what the applicant handed in; each tick goes to the server and back.
        var open = checklist.Locator("input[data-testid^=material-check-]:not([disabled])");
        var keys = await open.EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.dataset.testid.substring('material-check-'.length))");
        Assert.Equal(["application-hwzp", "power-of-attorney", "signboard-design"], keys.Order(StringComparer.Ordinal));
        foreach (var key in keys)
        {
            var row = checklist.GetByTestId($"material-{key}");
            await Expect(row).ToHaveAttributeAsync("data-state", "Missing");
            await checklist.GetByTestId($"material-check-{key}").ClickAsync();
            await Expect(row).ToHaveAttributeAsync("data-state", "Submitted");
        }

        var accept = intake.GetByTestId("intake-accept");
        await Expect(accept).ToBeEnabledAsync();
        var before = HallToday();
        await accept.ClickAsync();
        var number = intake.GetByTestId("case-number");
        await Expect(number).ToHaveTextAsync(new Regex(@"^AM\d{12}$"));
        var after = HallToday();
        await Expect(intake.GetByTestId("intake-result")).ToContainTextAsync("审查中");
        var caseNumber = (await number.InnerTextAsync()).Trim();
        Assert.Contains(caseNumber.Substring(2, 8), new[] { before, after }.Select(d => d.ToString("yyyyMMdd", CultureInfo.InvariantCulture)));

        // Three working days are at least three calendar days.
        var promised = (await intake.GetByTestId("promised-date").InnerTextAsync()).Trim();
        var promisedDay = DateOnly.ParseExact(promised, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.True(promisedDay >= before.AddDays(3), $"Promised {promised} is less than three days after {before:yyyy-MM-dd}.");
        return (caseNumber, promised);
    }

    /// <summary>The 城管 reviewer finds the case in the inbox, green, and approves it.</summary>
    private async Task ApproveAsReviewerAsync(FailureEvidence evidence, string caseNumber, string promised)
    {
        var reviewer = evidence.Watch("review", await app.NewPageAsync(1440, 900));
        await SignInAsync(reviewer, "/review", "reviewer-cg");
        var row = reviewer.GetByTestId($"inbox-row-{caseNumber}");
        await Expect(row).ToContainTextAsync(OrgName);
        await Expect(reviewer.GetByTestId($"light-{caseNumber}").Locator("[data-light]")).ToHaveAttributeAsync("data-light", "green");

        await row.GetByRole(AriaRole.Link, new() { Name = caseNumber }).ClickAsync();
        await Expect(reviewer).ToHaveURLAsync(new Regex($"/review/{caseNumber}$"));
        await Expect(reviewer.GetByTestId("case-number")).ToHaveTextAsync(caseNumber);
        await Expect(reviewer.GetByTestId("case-status")).ToHaveTextAsync("审查中");
        await Expect(reviewer.GetByTestId("promised-date")).ToHaveTextAsync(promised);

        await reviewer.GetByRole(AriaRole.Tab, new() { Name = "审查意见" }).ClickAsync();
        const string opinion = "材料齐全，招牌设置符合要求，准予设置。";
        await reviewer.GetByTestId("opinion").FillAsync(opinion);
        await reviewer.GetByTestId("approve").ClickAsync();
        await Expect(reviewer.GetByTestId("case-status")).ToHaveTextAsync("已办结");
        await Expect(reviewer.GetByTestId("case-outcome")).ToHaveTextAsync("准予");
        await Expect(reviewer.GetByTestId("task-cg").GetByTestId("task-opinion")).ToContainTextAsync(opinion);
    }

    private static DateOnly HallToday() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, HallZone));
}
