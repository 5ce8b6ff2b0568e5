using Bunit;
using HallDesk.Data;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace HallDesk.Web.Tests.Features.Queue;

/// <summary>
/// Each function key printed on the console, sent as the page's script sends it (OnKeyAsync), runs its button's action
/// and leaves the console drawn and usable, with the focus on the next step. The page hears no hall events here (it has
/// a notifier of its own that nobody publishes to): only the key itself can redraw the console, as when the hall is
/// quiet. Before, a key left every button grey until some unrelated hall event happened to arrive.
/// </summary>
public sealed class CounterConsoleKeysTests : ComponentTestContext, IAsyncLifetime
{
    private readonly HallDeskFactory _factory = new();
    private Actor _clerk = default!;
    private string _first = "";

    public CounterConsoleKeysTests()
    {
        UseApp(_factory);
        Services.AddSingleton(new QueueNotifier(
            _factory.Get<IHubContext<QueueHub, IQueueClient>>(), _factory.Get<HallSendOrder>(), new HallScreens(), NullLogger<QueueNotifier>.Instance));
    }

    public async Task InitializeAsync()
    {
        // clerk1 at counter 1 (lines A and E), two citizens waiting in A.
        _clerk = await _factory.ActorAsync("clerk1");
        await _factory.Get<OpenCounter>().HandleAsync(_clerk, "AM", 1);
        var issue = _factory.Get<IssueTicket>();
        _first = (await issue.HandleAsync(new IssueTicket.Command("AM", "A", null, false), Actor.Anonymous(null, "test"))).Number;
        await issue.HandleAsync(new IssueTicket.Command("AM", "A", null, false), Actor.Anonymous(null, "test"));
        await SignInAsync(_clerk);
    }

    Task IAsyncLifetime.DisposeAsync() => _factory.DisposeAsync().AsTask();

    [Fact]
    public async Task F2_CallsTheNextTicket_ThenStartIsReadyAndFocused()
    {
        var page = await ConsoleAsync();

        await PressAsync(page, "F2");

        await page.WaitForAssertionAsync(() => Assert.Equal(_first, page.Find("[data-testid=current-ticket]").TextContent.Trim()));
        Assert.False(page.Find("[data-testid=start-service]").HasAttribute("disabled"));
        Assert.False(page.Find("[data-testid=recall]").HasAttribute("disabled"));
        Assert.Equal("start-service", LastFocus());
    }

    [Fact]
    public async Task F3_RecallsTheCalledTicket_AndTheConsoleStaysUsable()
    {
        await _factory.Get<CallNextTicket>().HandleAsync(_clerk);
        var page = await ConsoleAsync();

        await PressAsync(page, "F3");

        await page.WaitForAssertionAsync(() => Assert.Contains("已呼叫 2 次", page.Find("[data-testid=call-count]").TextContent));
        Assert.False(page.Find("[data-testid=recall]").HasAttribute("disabled"));
        Assert.False(page.Find("[data-testid=start-service]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task F4_StartsTheService_ThenFinishIsReadyAndFocused()
    {
        await _factory.Get<CallNextTicket>().HandleAsync(_clerk);
        var page = await ConsoleAsync();

        await PressAsync(page, "F4");

        await page.WaitForAssertionAsync(() => Assert.Equal("办理中", page.Find("[data-testid=ticket-status]").TextContent.Trim()));
        Assert.False(page.Find("[data-testid=finish-service]").HasAttribute("disabled"));
        Assert.Equal("finish-service", LastFocus());
    }

    [Fact]
    public async Task F6_MarksTheNoShowAfterThreeCalls_ThenCallIsReadyAndFocused()
    {
        await _factory.Get<CallNextTicket>().HandleAsync(_clerk);
        await _factory.Get<RecallTicket>().HandleAsync(_clerk);
        await _factory.Get<RecallTicket>().HandleAsync(_clerk);
        var page = await ConsoleAsync();

        await PressAsync(page, "F6");

        await page.WaitForAssertionAsync(() => Assert.NotNull(page.Find($"[data-testid=rejoin-{_first}]")));
        Assert.Equal("—", page.Find("[data-testid=current-ticket]").TextContent.Trim());
        Assert.False(page.Find("[data-testid=call-next]").HasAttribute("disabled"));
        Assert.Equal("call-next", LastFocus());
    }

    [Fact]
    public async Task F7_ParksTheTicket_ThenCallIsReady()
    {
        await _factory.Get<CallNextTicket>().HandleAsync(_clerk);
        await _factory.Get<StartService>().HandleAsync(_clerk);
        var page = await ConsoleAsync();

        await PressAsync(page, "F7");

        await page.WaitForAssertionAsync(() => Assert.Equal("—", page.Find("[data-testid=current-ticket]").TextContent.Trim()));
        Assert.Contains(_first, page.Markup);
        Assert.False(page.Find("[data-testid=call-next]").HasAttribute("disabled"));
        Assert.Equal("call-next", LastFocus());
    }

    [Fact]
    public async Task F8_OpensTheTransferForm_FocusedOnItsTarget_AndEscClosesIt()
    {
        await _factory.Get<CallNextTicket>().HandleAsync(_clerk);
        var page = await ConsoleAsync();

        await PressAsync(page, "F8");

        await page.WaitForAssertionAsync(() => Assert.NotEmpty(page.FindAll("[data-testid=transfer-confirm]")));
        Assert.False(page.Find("[data-testid=finish-service]").HasAttribute("disabled"));
        Assert.Equal("transfer-target", LastFocus());

        await PressAsync(page, "Escape");

        await page.WaitForAssertionAsync(() => Assert.Empty(page.FindAll("[data-testid=transfer-confirm]")));
        Assert.Equal("start-service", LastFocus());
    }

    [Fact]
    public async Task F9_FinishesTheService_ThenAwaitsTheRatingWithCallReady()
    {
        await _factory.Get<CallNextTicket>().HandleAsync(_clerk);
        await _factory.Get<StartService>().HandleAsync(_clerk);
        var page = await ConsoleAsync();

        await PressAsync(page, "F9");

        await page.WaitForAssertionAsync(() => Assert.Equal(_first, page.Find("[data-testid=awaiting-rating]").GetAttribute("data-ticket")));
        Assert.False(page.Find("[data-testid=call-next]").HasAttribute("disabled"));
        Assert.Equal("call-next", LastFocus());
    }

    [Fact]
    public async Task F10_OpensThePauseForm_FocusedOnTheReason()
    {
        var page = await ConsoleAsync();

        await PressAsync(page, "F10");

        await page.WaitForAssertionAsync(() => Assert.NotEmpty(page.FindAll("[data-testid=pause-confirm]")));
        Assert.False(page.Find("[data-testid=call-next]").HasAttribute("disabled"));
        Assert.Equal("pause-reason", LastFocus());
    }

    [Fact]
    public async Task AKeyRefusedByARule_StillRedrawsTheConsole()
    {
        var page = await ConsoleAsync();
        // Another session calls on this counter behind the console's back: its F2 is refused (a ticket is current).
        await _factory.Get<CallNextTicket>().HandleAsync(_clerk);

        await PressAsync(page, "F2");

        await page.WaitForAssertionAsync(() => Assert.Equal(_first, page.Find("[data-testid=current-ticket]").TextContent.Trim()));
        Assert.False(page.Find("[data-testid=start-service]").HasAttribute("disabled"));
    }

    private async Task<IRenderedComponent<CounterConsolePage>> ConsoleAsync()
    {
        var page = Render<CounterConsolePage>();
        await page.WaitForElementAsync("[data-testid=call-next]");
        return page;
    }

    /// <summary>As counter-console.js does on a keydown: the key's name, to the page's JS-invokable handler.</summary>
    private static Task PressAsync(IRenderedComponent<CounterConsolePage> page, string key) =>
        page.InvokeAsync(() => page.Instance.OnKeyAsync(key));

    private string LastFocus() =>
        (string)JSInterop.Invocations.Last(i => i.Identifier == "hallDeskHotkeys.focus").Arguments[0]!;
}
