using System.Globalization;
using Bunit;
using HallDesk.Data;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace HallDesk.Web.Tests.Features.Queue;

/// <summary>
/// The console under <c>?culture=en-US</c> said what a clerk had just done in Chinese ("已开启3号窗口", "已挂起，可在“挂起号票”中
/// 恢复", "A001号恢复办理") and headed itself "3 counter": every confirmation and the counter's name come from the texts.
/// </summary>
public sealed class CounterConsoleEnglishTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public CounterConsoleEnglishTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    private IEnumerable<string> Snacks => Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message ?? "");

    [Fact]
    public async Task OpenCallParkResume_UnderEnglish_EveryConfirmationAndTheCountersNameAreEnglish()
    {
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        try
        {
            await SignInAsync(await _factory.ActorAsync("clerk1"));
            var page = Render<CounterConsolePage>();
            await page.WaitForElementAsync("[data-testid=open-counter-3]");

            await page.Find("[data-testid=open-counter-3]").ClickAsync(new());
            await page.WaitForElementAsync("[data-testid=call-next]");
            Assert.Contains("Counter 3 is open", Snacks);
            Assert.Equal("Counter 3", page.Find("[data-testid=my-counter]").TextContent.Trim());

            var issued = await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", "C", null, false), Actor.Anonymous(null, "test"));
            await page.WaitForAssertionAsync(() => Assert.False(page.Find("[data-testid=call-next]").HasAttribute("disabled")));
            await page.Find("[data-testid=call-next]").ClickAsync(new());
            await page.WaitForAssertionAsync(() => Assert.Equal(issued.Number, page.Find("[data-testid=current-ticket]").TextContent.Trim()));
            await page.Find("[data-testid=park]").ClickAsync(new());
            await page.WaitForAssertionAsync(() => Assert.Contains("Parked: resume it under “Parked tickets”", Snacks));
            await page.WaitForElementAsync($"[data-testid=resume-{issued.Number}]");
            await page.Find($"[data-testid=resume-{issued.Number}]").ClickAsync(new());
            await page.WaitForAssertionAsync(() => Assert.Contains($"{issued.Number} is being served again", Snacks));

            Assert.DoesNotContain(Snacks, m => m.Any(c => c is >= '\u4e00' and <= '\u9fff'));
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }
}
