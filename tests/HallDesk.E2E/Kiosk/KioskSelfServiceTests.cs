using HallDesk.Data;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Intake;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace HallDesk.E2E.Kiosk;

/// <summary>
/// The kiosk's self-service in a browser (issue 17 item 6): 食品经营许可 found by its pinyin initials on the letter pad
/// and read, then a case looked up with its number and the phone's last four digits, the name masked and no phone shown.
/// </summary>
[Collection(ChromiumApp.Name)]
public sealed class KioskSelfServiceTests(AppFixture app, ITestOutputHelper output)
{
    private const string Phone = "13645678912";

    [Fact]
    public async Task Kiosk_FindsTheGuideFor食品经营许可_ThenLooksUpACase()
    {
        var evidence = new FailureEvidence(output, nameof(Kiosk_FindsTheGuideFor食品经营许可_ThenLooksUpACase));
        var kiosk = evidence.Watch("kiosk", await app.NewPageAsync(1080, 1920));
        var caseNumber = await TakeInAsync();
        try
        {
            await kiosk.GotoAsync("/kiosk/AM");
            await Expect(kiosk.Locator("[data-interactive=true]")).ToBeAttachedAsync();
            await kiosk.GetByTestId("kiosk-guide-tile").ClickAsync();
            foreach (var letter in "SPJY")
            {
                await kiosk.GetByTestId($"guide-pad-{letter}").ClickAsync();
            }

            await kiosk.GetByTestId("guide-hit-23100400SJ-XK-0001").ClickAsync();
            var detail = kiosk.GetByTestId("guide-detail");
            await Expect(detail.Locator("h2").First).ToHaveTextAsync("食品经营许可");
            await Expect(detail).ToContainTextAsync("免提交（电子证照：营业执照）");
            Assert.True(await detail.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)") >= 22, "large type");
            await kiosk.GetByTestId("kiosk-back").ClickAsync();

            await kiosk.GetByTestId("kiosk-case-tile").ClickAsync();
            await kiosk.GetByTestId("case-number").FillAsync(caseNumber);
            await kiosk.GetByTestId("case-phone").FillAsync(Phone[^4..]);
            await kiosk.GetByTestId("case-find").ClickAsync();

            var result = kiosk.GetByTestId("progress-result");
            await Expect(result).ToContainTextAsync(caseNumber);
            await Expect(result).ToContainTextAsync("李*华");
            Assert.DoesNotContain(Phone, await kiosk.ContentAsync(), StringComparison.Ordinal);
            Assert.DoesNotContain("李建华", await kiosk.ContentAsync(), StringComparison.Ordinal);
        }
        catch
        {
            await evidence.WriteAsync();
            throw;
        }
    }

    /// <summary>A 个体工商户 registration taken in at AM's window by clerk1, as the intake tests do.</summary>
    private async Task<string> TakeInAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByNameAsync("clerk1")
            ?? throw new InvalidOperationException("clerk1");
        var applicant = new Applicant(ApplicantKind.Person, "李建华", "231004196803120310", Phone, null, null);
        var result = await app.Services.GetRequiredService<TakeInApplication>().HandleAsync(
            new TakeInApplication.Command(applicant, "23100400SJ-XK-0002", ["application-gtgs"], IntakeDecision.Accept), new Actor(user.Id, "clerk1", "127.0.0.1"));
        return result.CaseNumber;
    }
}
