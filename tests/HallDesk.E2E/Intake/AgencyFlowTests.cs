using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static HallDesk.E2E.StaffBrowser;
using static Microsoft.Playwright.Assertions;

namespace HallDesk.E2E.Intake;

/// <summary>
/// 代办点: the agent of 向阳社区代办点 signs in, lands on /agency, takes in 最低生活保障 for a citizen with no ticket; the case
/// is 向阳街道's, listed as 帮办代办 on the point's list, and waits in reviewer-xy's inbox (the item is delegated to XY).
/// An app of its own: the case changes XY's figures, which other browser tests read.
/// </summary>
public sealed class AgencyFlowTests(AppFixture app, ITestOutputHelper output) : IClassFixture<AppFixture>
{
    private const string Dibao = "23100400MZ-GF-0001";
    private static readonly string Screens = Path.Combine(Path.GetTempPath(), "halldesk-screens");

    [Fact]
    public async Task Agent_TakesInForACitizen_CaseIsListedAs帮办代办_AndWaitsInReviewerXysInbox()
    {
        var evidence = new FailureEvidence(output, nameof(Agent_TakesInForACitizen_CaseIsListedAs帮办代办_AndWaitsInReviewerXysInbox));
        try
        {
            Directory.CreateDirectory(Screens);
            var agent = evidence.Watch("agent", await app.NewPageAsync(1440, 900));
            await SignInAsync(agent, "/agency", "agent-xy01");
            await Expect(agent.GetByTestId("agency-name")).ToContainTextAsync("向阳社区代办点");
            await Expect(agent.GetByTestId("agency-hall")).ToContainTextAsync("向阳街道便民服务中心");

            var intake = agent.GetByTestId("intake");
            await FillAndLeaveAsync(intake.GetByTestId("applicant-name"), "张建华");
            await FillAndLeaveAsync(intake.GetByTestId("applicant-id"), "231004196803120310");
            await FillAndLeaveAsync(intake.GetByTestId("applicant-phone"), "13812345678");
            await intake.GetByTestId("subject-search").FillAsync("zdshbz");
            await intake.GetByTestId($"subject-hit-{Dibao}").ClickAsync();
            await Expect(intake.GetByTestId("subject-selected")).ToContainTextAsync("最低生活保障");

            var checklist = intake.GetByTestId("checklist");
            var open = checklist.Locator("input[data-testid^=material-check-]:not([disabled])");
            var keys = await open.EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.dataset.testid.substring('material-check-'.length))");
            foreach (var key in keys)
            {
                await checklist.GetByTestId($"material-check-{key}").ClickAsync();
                await Expect(checklist.GetByTestId($"material-{key}")).ToHaveAttributeAsync("data-state", "Submitted");
            }

            await agent.ScreenshotAsync(new() { Path = Path.Combine(Screens, "agency-intake.png"), FullPage = true });
            var accept = intake.GetByTestId("intake-accept");
            await Expect(accept).ToBeEnabledAsync();
            await accept.ClickAsync();
            var number = intake.GetByTestId("case-number");
            await Expect(number).ToHaveTextAsync(new Regex(@"^XY\d{12}$"));
            var caseNumber = (await number.InnerTextAsync()).Trim();

            await agent.GetByRole(AriaRole.Tab, new() { Name = "本点办件" }).ClickAsync();
            var row = agent.GetByTestId($"agency-case-{caseNumber}");
            await Expect(row).ToContainTextAsync("帮办代办");
            await Expect(agent.GetByTestId($"agency-reviewer-{caseNumber}")).ToHaveTextAsync("向阳街道便民服务中心");
            await Expect(agent.GetByTestId($"agency-status-{caseNumber}")).ToHaveTextAsync("审查中");
            await agent.ScreenshotAsync(new() { Path = Path.Combine(Screens, "agency-list.png"), FullPage = true });

            // The agent has no console: /counter is refused.
            await agent.GotoAsync("/counter");
            await Expect(agent).ToHaveURLAsync(new Regex("access-denied"));

            var reviewer = evidence.Watch("reviewer-xy", await app.NewPageAsync(1440, 900));
            await SignInAsync(reviewer, "/review", "reviewer-xy");
            await Expect(reviewer.GetByTestId($"inbox-row-{caseNumber}")).ToBeVisibleAsync();
            var department = evidence.Watch("reviewer-mz", await app.NewPageAsync(1440, 900));
            await SignInAsync(department, "/review", "reviewer-mz");
            await Expect(department.GetByTestId("department-name")).ToBeVisibleAsync();
            await Expect(department.GetByTestId($"inbox-row-{caseNumber}")).ToHaveCountAsync(0);
        }
        catch
        {
            await evidence.WriteAsync();
            throw;
        }
    }
}
