using Bunit;
using HallDesk.Data;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Queue;

/// <summary>
/// A ticket with a phone: an SMS at issue with its live page, one SMS when three are ahead, and the page /t/{token}
/// that counts down live and says which counter to go to.
/// </summary>
public sealed class TicketRemindersTests : ComponentTestContext, IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public TicketRemindersTests(HallDeskFactory factory)
    {
        _factory = factory;
        UseApp(factory);
    }

    private Task<IssueTicket.Result> IssueAsync(string line, string? phone) =>
        _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", line, phone, false), Actor.Anonymous(null, "test"));

    private async Task<SmsMessage[]> SmsAsync(string phone)
    {
        await using var db = await _factory.DbAsync();
        return await db.SmsOutbox.AsNoTracking().Where(m => m.Phone == phone).OrderBy(m => m.Id).ToArrayAsync();
    }

    private async Task ServeNextAsync(Actor clerk)
    {
        await _factory.Get<CallNextTicket>().HandleAsync(clerk);
        await _factory.Get<StartService>().HandleAsync(clerk);
        await _factory.Get<FinishService>().HandleAsync(clerk);
    }

    [Fact]
    public async Task Ticket_WithPhone_GetsItsPageBySms_OneNearSms_AndThePageFollowsItToTheCounter()
    {
        const string phone = "13500001234";
        for (var n = 0; n < 5; n++)
        {
            await IssueAsync("C", null);
        }

        var mine = await IssueAsync("C", phone);

        Assert.Equal(5, mine.Ahead);
        var issued = Assert.Single(await SmsAsync(phone));
        Assert.Equal("TicketIssued", issued.Kind);
        Assert.Contains($"您的号码{mine.Number}，前面还有5人", issued.Text, StringComparison.Ordinal);
        string token;
        await using (var db = await _factory.DbAsync())
        {
            token = (await db.TicketWatches.SingleAsync(w => w.TicketId == db.Tickets.Single(t => t.HallCode == "AM" && t.Number == mine.Number).Id)).Token;
        }

        Assert.Contains($"/t/{token}", issued.Text, StringComparison.Ordinal);
        var page = Render<TicketWatchPage>(p => p.Add(x => x.Token, token));
        await page.WaitForAssertionAsync(() => Assert.Equal("前面还有 5 人", page.Find("[data-testid=watch-ahead]").TextContent.Trim()));
        Assert.Equal(mine.Number, page.Find("[data-testid=watch-number]").TextContent.Trim());
        Assert.DoesNotContain(phone, page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(phone[^4..], page.Markup, StringComparison.Ordinal);

        var clerk = await _factory.ActorAsync("clerk3");
        await _factory.Get<OpenCounter>().HandleAsync(clerk, "AM", 3);
        await ServeNextAsync(clerk);
        Assert.Single(await SmsAsync(phone));

        await ServeNextAsync(clerk);
        var near = (await SmsAsync(phone))[1];
        Assert.Equal("TicketNear", near.Kind);
        Assert.Contains("即将叫到您", near.Text, StringComparison.Ordinal);
        await page.WaitForAssertionAsync(() => Assert.Equal("前面还有 3 人", page.Find("[data-testid=watch-ahead]").TextContent.Trim()));
        Assert.NotEmpty(page.FindAll("[data-testid=watch-near]"));

        for (var n = 0; n < 3; n++)
        {
            await ServeNextAsync(clerk);
        }

        Assert.Equal(2, (await SmsAsync(phone)).Length);
        Assert.Equal(mine.Number, await _factory.Get<CallNextTicket>().HandleAsync(clerk));
        await page.WaitForAssertionAsync(() => Assert.Contains("请到 3 号窗口办理", page.Find("[data-testid=watch-called]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACall_WithManyWatchedTickets_ReadsTheLinesFrontOnce_NotOneCountPerTicket()
    {
        // Issue 23: the "即将叫到您" check counted the people ahead of every watched ticket on every clerk action.
        var phones = Enumerable.Range(0, 10).Select(n => $"1390000{n:0000}").ToArray();
        foreach (var phone in phones)
        {
            await IssueAsync("B", phone);
        }

        var clerk = await _factory.ActorAsync("clerk2");
        await _factory.Get<OpenCounter>().HandleAsync(clerk, "AM", 5);
        var commands = await CommandLog.CaptureAsync(() => _factory.Get<CallNextTicket>().HandleAsync(clerk));

        // A count of the people ahead of one ticket (QueuePosition.AheadAsync); the lines' waiting counts are one grouped read.
        Assert.Empty(commands.Where(c => c.Text.TrimStart().StartsWith("SELECT COUNT(*)", StringComparison.Ordinal) && c.Text.Contains("\"Tickets\"", StringComparison.Ordinal)).Select(c => c.Text));
        // The fifth had four ahead at issue, three now: its one "near" message; the sixth is not near yet.
        Assert.Equal(["TicketIssued", "TicketNear"], (await SmsAsync(phones[4])).Select(m => m.Kind));
        Assert.Equal(["TicketIssued"], (await SmsAsync(phones[5])).Select(m => m.Kind));
    }

    [Fact]
    public async Task Ticket_WithoutPhone_GetsNoSms_ButItsPageForTheSlipsQrCode_NeverNear()
    {
        var before = await CountAsync();

        await IssueAsync("D", null);

        Assert.Equal((before.Sms, before.Watches + 1), await CountAsync());
        await using var db = await _factory.DbAsync();
        Assert.True((await db.TicketWatches.OrderByDescending(w => w.Id).FirstAsync()).NearNoticeSent, "nobody to tell: no 'near' SMS is pending");
    }

    [Fact]
    public void Page_UnknownToken_SaysSoAndShowsNothing()
    {
        var page = Render<TicketWatchPage>(p => p.Add(x => x.Token, "zzzzzzzzzz"));

        page.WaitForElement("[data-testid=watch-unknown]");
        Assert.Empty(page.FindAll("[data-testid=watch-number]"));
    }

    private async Task<(int Sms, int Watches)> CountAsync()
    {
        await using var db = await _factory.DbAsync();
        return (await db.SmsOutbox.CountAsync(), await db.TicketWatches.CountAsync());
    }
}
