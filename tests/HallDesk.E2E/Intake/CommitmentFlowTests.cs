using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static HallDesk.E2E.StaffBrowser;
using static Microsoft.Playwright.Assertions;

namespace HallDesk.E2E.Intake;

/// <summary>
/// 告知承诺 in a browser: the clerk takes 食品经营许可 in on the applicant's commitment, the 告知承诺书 is there to print,
/// and the 事后核查 appears in the 市场监管 reviewer's inbox. An app of its own: it opens counter 3 as clerk1.
/// </summary>
public sealed class CommitmentFlowTests(AppFixture app, ITestOutputHelper output) : IClassFixture<AppFixture>
{
    private const string FoodLicence = "23100400SJ-XK-0001";

    [Fact]
    public async Task CommitmentCase_PrintsItsPledge_AndItsCheckAppearsInTheDepartmentsInbox()
    {
        var evidence = new FailureEvidence(output, nameof(CommitmentCase_PrintsItsPledge_AndItsCheckAppearsInTheDepartmentsInbox));
        try
        {
            var clerk = evidence.Watch("counter", await app.NewPageAsync(1440, 900));
            await SignInAsync(clerk, "/counter", "clerk1");
            await clerk.GetByTestId("open-counter-3").ClickAsync();
            var intake = clerk.GetByTestId("intake");
            await FillAndLeaveAsync(intake.GetByTestId("applicant-name"), "赵承诺");
            await FillAndLeaveAsync(intake.GetByTestId("applicant-id"), "23100419850612041X");
            await FillAndLeaveAsync(intake.GetByTestId("applicant-phone"), "13812345678");
            await intake.GetByTestId("subject-search").FillAsync("spjy");
            await intake.GetByTestId($"subject-hit-{FoodLicence}").ClickAsync();
            await Expect(intake.GetByTestId("subject-selected")).ToContainTextAsync("食品经营许可");

            var checklist = intake.GetByTestId("checklist");
            var open = checklist.Locator("input[data-testid^=material-check-]:not([disabled])");
            foreach (var key in await open.EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.dataset.testid.substring('material-check-'.length))"))
            {
                await checklist.GetByTestId($"material-check-{key}").ClickAsync();
                await Expect(checklist.GetByTestId($"material-{key}")).ToHaveAttributeAsync("data-state", "Submitted");
            }

            await intake.GetByTestId("intake-commitment").ClickAsync();
            await intake.GetByTestId("intake-accept").ClickAsync();
            await Expect(intake.GetByTestId("intake-result")).ToContainTextAsync("已办结");
            var caseNumber = (await intake.GetByTestId("case-number").InnerTextAsync()).Trim();

            // The 告知承诺书 is archived with the case and printed from the window, as the citizen's original.
            var pledge = intake.GetByTestId("document-CommitmentPledge");
            await Expect(pledge).ToContainTextAsync("告知承诺书");
            await Expect(pledge.GetByTestId("print-CommitmentPledge")).ToHaveAttributeAsync("href", new Regex(@"documents/[0-9a-f]{32}/print\?original=true$"));
            var href = await pledge.GetByTestId("open-CommitmentPledge").GetAttributeAsync("href");
            var pdf = await clerk.Context.APIRequest.GetAsync("/" + href);
            Assert.Equal(200, pdf.Status);
            Assert.StartsWith("application/pdf", pdf.Headers["content-type"], StringComparison.Ordinal);
            Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.BodyAsync())[..4]), StringComparison.Ordinal);

            // The department's inbox lists the 事后核查 with its deadline.
            var reviewer = evidence.Watch("review", await app.NewPageAsync(1440, 900));
            await SignInAsync(reviewer, "/review", "reviewer-scjg");
            var row = reviewer.GetByTestId($"check-row-{caseNumber}");
            await Expect(row).ToContainTextAsync("食品经营许可");
            await Expect(reviewer.GetByTestId($"check-status-{caseNumber}")).ToHaveTextAsync("待核查");
            await row.GetByTestId($"check-open-{caseNumber}").ClickAsync();
            await Expect(reviewer.GetByTestId($"check-form-{caseNumber}")).ToBeVisibleAsync();
        }
        catch
        {
            await evidence.WriteAsync();
            throw;
        }
    }
}
