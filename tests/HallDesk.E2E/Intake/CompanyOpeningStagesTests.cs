using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static HallDesk.E2E.StaffBrowser;
using static Microsoft.Playwright.Assertions;

namespace HallDesk.E2E.Intake;

/// <summary>
/// 一件事一条链 in a browser: a company with no credit code yet is taken in for 企业开办; 市场监管 approves the
/// 设立登记; the second stage's departments find their tasks in their inboxes with the new 营业执照 already
/// supplying the material. Then the tax office asks for a correction during review without making 公安 wait: 公安
/// decides while the tax office's task waits (grey, 等待补正). An app of its own: it opens a counter and takes cases the
/// shared app's tests do not expect.
/// </summary>
public sealed class CompanyOpeningStagesTests(AppFixture app, ITestOutputHelper output) : IClassFixture<AppFixture>
{
    private const string Company = "牡丹江新禾商贸有限公司";
    private const string CompanyOpening = "YJS-0001";

    [Fact]
    public async Task CompanyOpening_IntakeThenStageOneApproval_StageTwoTasksInInboxesWithTheLicenceSupplied()
    {
        var evidence = new FailureEvidence(output, nameof(CompanyOpening_IntakeThenStageOneApproval_StageTwoTasksInInboxesWithTheLicenceSupplied));
        try
        {
            var clerk = evidence.Watch("counter", await app.NewPageAsync(1440, 1100));
            await SignInAsync(clerk, "/counter", "clerk2");
            await clerk.GetByTestId("open-counter-2").ClickAsync();
            var caseNumber = await TakeInAsync(clerk.GetByTestId("intake"));

            // Stage 2's departments have nothing yet: their tasks open when stage 1 concludes.
            var tax = evidence.Watch("tax", await app.NewPageAsync(1440, 1000));
            await SignInAsync(tax, "/review", "reviewer-sw");
            await Expect(tax.GetByTestId($"inbox-row-{caseNumber}")).ToHaveCountAsync(0);

            var market = evidence.Watch("market", await app.NewPageAsync(1440, 1000));
            await SignInAsync(market, $"/review/{caseNumber}", "reviewer-scjg");
            var stages = market.GetByTestId("case-stages");
            await Expect(stages.GetByTestId("stage-1")).ToHaveAttributeAsync("data-state", "Open");
            await Expect(stages.GetByTestId("stage-2")).ToHaveAttributeAsync("data-state", "NotOpened");
            await market.GetByRole(AriaRole.Tab, new() { Name = "审查意见" }).ClickAsync();
            await market.GetByTestId("opinion").FillAsync("材料齐全，准予设立登记。");
            await market.GetByTestId("approve").ClickAsync();
            await Expect(stages.GetByTestId("stage-1")).ToHaveAttributeAsync("data-state", "Concluded");
            await Expect(stages.GetByTestId("stage-2")).ToHaveAttributeAsync("data-state", "Open");
            await Expect(stages.GetByTestId("stage-licence")).ToContainTextAsync(new Regex("营业执照.*91231004MA"));
            await Expect(market.GetByTestId("case-status")).ToHaveTextAsync("审查中");

            // The tax office now has its task, due one working day after the opening, the licence already on file.
            await tax.ReloadAsync();
            await Expect(tax.Locator("[data-interactive=true]")).ToBeAttachedAsync();
            var row = tax.GetByTestId($"inbox-row-{caseNumber}");
            await Expect(row).ToContainTextAsync("发票申领");
            await row.GetByRole(AriaRole.Link, new() { Name = caseNumber }).ClickAsync();
            await Expect(tax.GetByTestId("case-stages").GetByTestId("stage-2")).ToHaveAttributeAsync("data-state", "Open");
            await tax.GetByRole(AriaRole.Tab, new() { Name = "材料", Exact = true }).ClickAsync();
            var licence = tax.GetByTestId("materials").GetByTestId("material-business-licence");
            await Expect(licence).ToHaveAttributeAsync("data-state", "FromLicence");
            await Expect(licence).ToContainTextAsync(new Regex(@"电子证照 营业执照 91231004MA\d{6}[0-9X][0-9A-Y]"));
            await ShotAsync(tax, "company-opening-stage-2");

            foreach (var desk in new[] { "reviewer-ga", "reviewer-gjj" })
            {
                var page = evidence.Watch(desk, await app.NewPageAsync(1280, 800));
                await SignInAsync(page, "/review", desk);
                await Expect(page.GetByTestId($"inbox-row-{caseNumber}")).ToBeVisibleAsync();
                await page.CloseAsync();
            }

            // 补正 during review: the tax office asks for material and leaves 公安 unticked, so 公安 keeps reviewing.
            await tax.GetByRole(AriaRole.Tab, new() { Name = "审查意见" }).ClickAsync();
            await tax.GetByTestId("opinion").FillAsync("请补正：财务负责人身份证明");
            var waitGa = tax.Locator("input[data-testid=wait-ga], [data-testid=wait-ga] input");
            await Expect(waitGa).Not.ToBeCheckedAsync();
            await tax.GetByTestId("return-correction").ClickAsync();
            await Expect(tax.GetByTestId("my-light")).ToHaveAttributeAsync("data-light", "awaitingcorrection");
            await Expect(tax.GetByTestId("my-light")).ToContainTextAsync("等待补正");

            var police = evidence.Watch("police", await app.NewPageAsync(1440, 1000));
            await SignInAsync(police, $"/review/{caseNumber}", "reviewer-ga");
            await police.GetByRole(AriaRole.Tab, new() { Name = "审查意见" }).ClickAsync();
            await Expect(police.GetByTestId("other-correction")).ToContainTextAsync("财务负责人身份证明");
            await Expect(police.GetByTestId("task-sw").Locator("[data-light]")).ToHaveAttributeAsync("data-light", "awaitingcorrection");
            await police.GetByTestId("opinion").FillAsync("符合条件，准予备案。");
            await police.GetByTestId("approve").ClickAsync();
            await Expect(police.GetByTestId("decision-panel").GetByTestId("task-status")).ToContainTextAsync("通过");
            await Expect(police.GetByTestId("case-status")).ToHaveTextAsync("待补正");
            await ShotAsync(police, "correction-during-review");
        }
        catch
        {
            await evidence.WriteAsync();
            throw;
        }
    }

    /// <summary>The company is being set up: no credit code; stage 2's 营业执照 is not asked for.</summary>
    private static async Task<string> TakeInAsync(ILocator intake)
    {
        await intake.GetByText("单位/企业", new() { Exact = true }).ClickAsync();
        await Expect(intake.GetByTestId("applicant-legal-rep")).ToBeVisibleAsync();
        await FillAndLeaveAsync(intake.GetByTestId("applicant-name"), Company);
        await FillAndLeaveAsync(intake.GetByTestId("applicant-phone"), "13912345678");
        await FillAndLeaveAsync(intake.GetByTestId("applicant-legal-rep"), "马文斌");

        await intake.GetByTestId("subject-search").FillAsync("qykb");
        await intake.GetByTestId($"subject-hit-{CompanyOpening}").ClickAsync();
        await Expect(intake.GetByTestId("no-credit-code-yet")).ToBeVisibleAsync();
        var checklist = intake.GetByTestId("checklist");
        await Expect(checklist.GetByTestId("material-business-licence")).ToHaveAttributeAsync("data-state", "FromStage");

        var open = checklist.Locator("input[data-testid^=material-check-]:not([disabled])");
        var keys = await open.EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.dataset.testid.substring('material-check-'.length))");
        Assert.DoesNotContain("business-licence", keys);
        foreach (var key in keys)
        {
            await checklist.GetByTestId($"material-check-{key}").ClickAsync();
            await Expect(checklist.GetByTestId($"material-{key}")).ToHaveAttributeAsync("data-state", "Submitted");
        }

        await intake.GetByTestId("intake-accept").ClickAsync();
        var number = intake.GetByTestId("case-number");
        await Expect(number).ToHaveTextAsync(new Regex(@"^AM\d{12}$"));
        return (await number.InnerTextAsync()).Trim();
    }

    /// <summary>HALLDESK_E2E_SHOTS=folder keeps a picture of the case page for the README; nothing is asserted on it.</summary>
    private static async Task ShotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("HALLDESK_E2E_SHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
        }
    }
}
