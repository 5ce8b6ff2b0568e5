using System.Text.RegularExpressions;
using HallDesk.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static HallDesk.E2E.StaffBrowser;
using static Microsoft.Playwright.Assertions;

namespace HallDesk.E2E.Online;

/// <summary>The app on a clock the test moves (a second SMS code for one phone waits a minute): Tuesday 2026-12-01 09:00.</summary>
public sealed class OnlineDayFixture : AppFixture
{
    public OnlineDayFixture()
        : this(new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(5) })
    {
    }

    private OnlineDayFixture(FakeTimeProvider clock)
        : base(clock) => Clock = clock;

    public FakeTimeProvider Clock { get; }
}

/// <summary>
/// 网上申报 end to end: from the guide on a phone, two files, 网上预审 at the window asks for a correction, the citizen
/// uploads again, the clerk accepts, and the reviewer opens the files of the case; the material 不动产登记中心 holds arrives
/// through 内部流转.
/// </summary>
public sealed class OnlineApplicationFlowTests(OnlineDayFixture app, ITestOutputHelper output) : IClassFixture<OnlineDayFixture>
{
    private const string Subject = "23100400CG-XK-0001"; // 户外招牌设置审批, reviewed by 城管
    private const string Phone = "13987650008";

    [Fact]
    public async Task AppliedOnline_CorrectedOnline_AcceptedAtTheWindow_ReviewerOpensTheFiles()
    {
        var evidence = new FailureEvidence(output, nameof(AppliedOnline_CorrectedOnline_AcceptedAtTheWindow_ReviewerOpensTheFiles));
        var phone = evidence.Watch("phone", await app.NewPageAsync(390, 844));
        var clerk = evidence.Watch("counter", await app.NewPageAsync(1440, 900));
        try
        {
            // The guide, then 网上申报.
            await phone.GotoAsync($"/guide/{Subject}");
            await phone.GetByTestId("guide-apply").ClickAsync();
            await Expect(phone).ToHaveURLAsync(new Regex($"/apply/{Subject}$"));
            await Expect(phone.Locator("[data-interactive=true]")).ToBeAttachedAsync();
            await phone.GetByText("单位/企业").ClickAsync();
            await phone.GetByTestId("apply-name").FillAsync("牡丹江鸿福餐饮管理有限公司");
            await phone.GetByTestId("apply-id").FillAsync("91231004MA72K3QX5M");
            await phone.GetByTestId("apply-legal-rep").FillAsync("马文斌");
            await phone.GetByTestId("apply-phone").FillAsync(Phone);
            await phone.GetByTestId("book-get-code").ClickAsync();
            await Expect(phone.GetByTestId("book-code-sent")).ToContainTextAsync("139****0008");
            await phone.GetByTestId("book-code-input").FillAsync(await LatestCodeAsync());
            await phone.GetByTestId("apply-upload-application-hwzp").SetInputFilesAsync(new FilePayload { Name = "申请表.pdf", MimeType = "application/pdf", Buffer = Pdf("申请表") });
            await Expect(phone.GetByTestId("apply-file-application-hwzp")).ToContainTextAsync("申请表.pdf");
            await phone.GetByTestId("apply-upload-signboard-design").SetInputFilesAsync(new FilePayload { Name = "设计图.png", MimeType = "image/png", Buffer = Png() });
            await Expect(phone.GetByTestId("apply-file-signboard-design")).ToContainTextAsync("设计图.png");
            await ShotAsync(phone, "apply-phone");
            await phone.GetByTestId("apply-submit").ClickAsync();
            var numberText = phone.GetByTestId("apply-number");
            await Expect(numberText).ToHaveTextAsync(new Regex(@"^\s*WS\d{12}\s*$"));
            var number = (await numberText.InnerTextAsync()).Trim();

            // 网上预审 at the window: the files beside the checklist, then 补正.
            await SignInAsync(clerk, "/counter", "clerk1");
            await clerk.GetByTestId("open-counter-3").ClickAsync();
            await clerk.GetByRole(AriaRole.Tab, new() { Name = "网上申报" }).ClickAsync();
            await clerk.GetByTestId($"online-row-{number}").GetByTestId("online-open").ClickAsync();
            await Expect(clerk.GetByTestId("open-file")).ToHaveCountAsync(2);
            await clerk.GetByTestId("open-file").Nth(1).ClickAsync();
            await Expect(clerk.GetByTestId("file-image")).ToBeVisibleAsync();
            await ShotAsync(clerk, "online-prereview");
            await clerk.GetByTestId("online-note").FillAsync("招牌设计图不清晰，请上传清晰的设计效果图（标明尺寸）。");
            await clerk.GetByTestId("online-correction").ClickAsync();
            await Expect(clerk.GetByTestId("online-status")).ToContainTextAsync("待补正");

            // The citizen uploads again to the same application (the SMS names the page).
            app.Clock.Advance(TimeSpan.FromSeconds(61));
            await phone.GotoAsync($"/apply/{Subject}/{number}");
            await Expect(phone.Locator("[data-interactive=true]")).ToBeAttachedAsync();
            await phone.GetByTestId("apply-last4").FillAsync("0008");
            await phone.GetByTestId("apply-find").ClickAsync();
            await Expect(phone.GetByTestId("apply-correction-note")).ToContainTextAsync("招牌设计图不清晰");
            await phone.GetByTestId("apply-upload-signboard-design").SetInputFilesAsync(new FilePayload { Name = "设计图-清晰.pdf", MimeType = "application/pdf", Buffer = Pdf("清晰") });
            await Expect(phone.GetByTestId("apply-file-signboard-design")).ToContainTextAsync("设计图-清晰.pdf");
            await phone.GetByTestId("book-get-code").ClickAsync();
            await Expect(phone.GetByTestId("book-code-sent")).ToBeVisibleAsync();
            await phone.GetByTestId("book-code-input").FillAsync(await LatestCodeAsync());
            await phone.GetByTestId("apply-resubmit").ClickAsync();
            await Expect(phone.GetByTestId("apply-resubmitted")).ToBeVisibleAsync();

            // Back at the window: three files now; 受理 creates the case exactly as at the window.
            await clerk.GetByTestId("online-back").ClickAsync();
            await clerk.GetByTestId($"online-row-{number}").GetByTestId("online-open").ClickAsync();
            await Expect(clerk.GetByTestId("open-file")).ToHaveCountAsync(3);
            await clerk.GetByTestId("online-accept").ClickAsync();
            var accepted = clerk.GetByTestId("online-accepted");
            await Expect(accepted).ToContainTextAsync("已受理");
            var caseNumber = Regex.Match(await accepted.InnerTextAsync(), @"AM\S+").Value;

            // The reviewer opens the files of the case.
            var reviewer = evidence.Watch("review", await app.NewPageAsync(1440, 900));
            await SignInAsync(reviewer, $"/review/{caseNumber}", "reviewer-cg");
            await Expect(reviewer.GetByTestId("case-number")).ToHaveTextAsync(caseNumber);
            await reviewer.GetByRole(AriaRole.Tab, new() { Name = "材料", Exact = true }).ClickAsync();
            await Expect(reviewer.GetByTestId("open-file")).ToHaveCountAsync(3);
            await reviewer.GetByTestId("open-file").Last.ClickAsync();
            var frame = reviewer.GetByTestId("file-pdf");
            await Expect(frame).ToBeVisibleAsync();
            var src = await frame.GetAttributeAsync("src");
            var pdf = await reviewer.APIRequest.GetAsync(src!);
            Assert.Equal(200, pdf.Status);
            Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await pdf.BodyAsync()), StringComparison.Ordinal);
            await ShotAsync(reviewer, "review-files");

            // 内部流转: the 住所使用证明 is 不动产登记中心's; its reviewer attaches it from the inbox.
            await Expect(reviewer.GetByTestId("transfer-chip-premises-proof").First).ToContainTextAsync("待流转");
            var holder = evidence.Watch("holder", await app.NewPageAsync(1440, 900));
            await SignInAsync(holder, "/review", "reviewer-bdc");
            await Expect(holder.Locator("[data-interactive=true]")).ToBeAttachedAsync();
            var request = holder.Locator($"tr[data-case='{caseNumber}']");
            await Expect(request).ToContainTextAsync("住所（经营场所）使用证明");
            await Expect(request).ToContainTextAsync("待流转");
            await ShotAsync(holder, "transfer-inbox");
            await request.Locator("[data-testid^=transfer-open-]").ClickAsync();
            await holder.GetByTestId("transfer-file").SetInputFilesAsync(new FilePayload { Name = "房屋所有权证明.pdf", MimeType = "application/pdf", Buffer = Pdf("流转") });
            await Expect(request).ToContainTextAsync("已流转");

            // The requesting department sees it arrive and opens it.
            await reviewer.ReloadAsync();
            await Expect(reviewer.Locator("[data-interactive=true]")).ToBeAttachedAsync();
            await reviewer.GetByRole(AriaRole.Tab, new() { Name = "材料", Exact = true }).ClickAsync();
            var arrived = reviewer.GetByTestId("case-transfer-premises-proof");
            await Expect(arrived).ToContainTextAsync("已流转");
            await Expect(arrived).ToContainTextAsync("区不动产登记中心");
            var link = await reviewer.GetByTestId("case-transfer-file-premises-proof").GetAttributeAsync("href");
            var transferred = await reviewer.APIRequest.GetAsync(link!);
            Assert.Equal(200, transferred.Status);
            Assert.Contains("%流转", System.Text.Encoding.UTF8.GetString(await transferred.BodyAsync()), StringComparison.Ordinal);
            await ShotAsync(reviewer, "transfer-case-tab");
        }
        catch
        {
            await evidence.WriteAsync();
            throw;
        }
    }

    private async Task<string> LatestCodeAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<HallDeskDbContext>>().CreateDbContextAsync();
        var text = await db.SmsOutbox.AsNoTracking().Where(m => m.Phone == Phone && m.Kind == "VerificationCode").OrderByDescending(m => m.Id).Select(m => m.Text).FirstAsync();
        return Regex.Match(text, @"\d{6}").Value;
    }

    private static byte[] Pdf(string marker) => System.Text.Encoding.UTF8.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%" + marker + "\n%%EOF\n");

    private static byte[] Png() => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static async Task ShotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("HALLDESK_E2E_SHOTS") is { Length: > 0 } folder)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = true });
        }
    }
}
