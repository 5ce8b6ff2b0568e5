using System.Net;
using System.Net.Http.Json;
using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Admin;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Localization;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Admin;

/// <summary>停用: a hall, a line or a counter stops taking people in; its history stays.</summary>
public sealed class RetireHallTests : IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public RetireHallTests(HallDeskFactory factory) => _factory = factory;

    [Fact]
    public async Task RetireHall_KioskAndApiRefuseInChinese_HiddenFromHallsAndChoices_TicketsKept()
    {
        var district = await _factory.ActorAsync("district");
        await _factory.Get<CreateHall>().HandleAsync(CreateHallTests.NewHall("RT", "瑞祥"), district);
        await _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("RT", "A", null, false), Actor.Anonymous(null, "test"));

        await _factory.Get<RetireHall>().HandleAsync("RT", district);

        var kiosk = await Assert.ThrowsAsync<DomainException>(() =>
            _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("RT", "A", null, false), Actor.Anonymous(null, "test")));
        Assert.Contains("已停用，不再取号", Texts.Of(kiosk, Texts.Chinese));
        var api = await _factory.CreateClient().PostAsJsonAsync("/api/v1/halls/RT/tickets", new { line = "A" });
        Assert.Equal(HttpStatusCode.Conflict, api.StatusCode);
        Assert.Contains("已停用", await api.Content.ReadAsStringAsync());
        Assert.DoesNotContain(await _factory.Get<QueueQueries>().HallsAsync(), h => h.Code == "RT");
        Assert.DoesNotContain(await _factory.Get<HallDirectory>().ListAsync(), h => h.Code == "RT");
        Assert.True((await _factory.Get<QueueQueries>().HallAsync("RT"))!.Retired);
        await using var db = await _factory.DbAsync();
        Assert.Equal(1, await db.Tickets.CountAsync(t => t.HallCode == "RT"));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "hall.retire" && a.Subject == "RT"));
    }

    [Fact]
    public async Task RetireHall_WithOpenCases_IsRefusedWithTheCount()
    {
        var district = await _factory.ActorAsync("district");
        await _factory.Get<CreateHall>().HandleAsync(CreateHallTests.NewHall("OC", "欧辰"), district);
        await using (var db = await _factory.DbAsync())
        {
            db.Cases.AddRange(OpenCase("OC202612010001"), OpenCase("OC202612010002"));
            await db.SaveChangesAsync();
        }

        var error = await Assert.ThrowsAsync<DomainException>(() => _factory.Get<RetireHall>().HandleAsync("OC", district));

        Assert.Contains("还有 2 件未办结", Texts.Of(error, Texts.Chinese));
        await using var check = await _factory.DbAsync();
        Assert.Null((await check.Halls.SingleAsync(h => h.Code == "OC")).RetiredAt);
    }

    [Fact]
    public async Task RetireCounter_Open_IsRefused_Closed_CannotBeOpenedAndLeavesTheBoard()
    {
        var clerk = await _factory.ActorAsync("clerk1");
        var manager = await _factory.ActorAsync("manager");
        await _factory.Get<OpenCounter>().HandleAsync(clerk, "AM", 2);

        var open = await Assert.ThrowsAsync<DomainException>(() => _factory.Get<RetireCounter>().HandleAsync("AM", 2, manager));
        Assert.Contains("关闭后才能停用", Texts.Of(open, Texts.Chinese));

        await _factory.Get<CloseCounter>().HandleAsync(clerk);
        await _factory.Get<RetireCounter>().HandleAsync("AM", 2, manager);

        var reopen = await Assert.ThrowsAsync<DomainException>(() => _factory.Get<OpenCounter>().HandleAsync(clerk, "AM", 2));
        Assert.Contains("2号窗口已停用", Texts.Of(reopen, Texts.Chinese));
        Assert.DoesNotContain((await _factory.Get<QueueQueries>().SnapshotAsync("AM"))!.Counters, c => c.Number == 2);
        Assert.Contains(await _factory.Get<EditCounters>().ListAsync("AM"), c => c.Number == 2 && c.IsRetired);
    }

    [Fact]
    public async Task RetireLine_StillServed_IsRefusedWithTheCounters_ThenLeavesTheKiosk()
    {
        var manager = await _factory.ActorAsync("manager");
        await _factory.Get<EditLines>().AddAsync(new EditLines.Command("AM", "G", "公积金", 9, 8), manager);
        await _factory.Get<EditCounters>().AddAsync(new EditCounters.Command("AM", 20, "公积金专窗", Domain.Queue.CounterKind.Specialist, "G"), manager);

        var served = await Assert.ThrowsAsync<DomainException>(() => _factory.Get<RetireLine>().HandleAsync("AM", "G", manager));
        Assert.Contains("窗口 20 仍办理业务 G", Texts.Of(served, Texts.Chinese));

        await _factory.Get<RetireCounter>().HandleAsync("AM", 20, manager);
        await _factory.Get<RetireLine>().HandleAsync("AM", "G", manager);

        Assert.DoesNotContain((await _factory.Get<QueueQueries>().HallAsync("AM"))!.Lines, l => l.Code == "G");
        var kiosk = await Assert.ThrowsAsync<HallDesk.Web.Infrastructure.InputException>(() =>
            _factory.Get<IssueTicket>().HandleAsync(new IssueTicket.Command("AM", "G", null, false), Actor.Anonymous(null, "test")));
        Assert.Contains("业务 G 已停用", Texts.Of(kiosk, Texts.Chinese));
    }

    /// <summary>A case received at the hall OC and not yet decided: open.</summary>
    private static Case OpenCase(string number) =>
        new(number, "OC", null, "王芳", new Applicant(ApplicantKind.Person, "张建华", "231004196803120310", "13812345678", null, null),
            "23100400CG-XK-0001", "户外招牌设置审批", false, [new CaseItem("23100400CG-XK-0001", "户外招牌设置审批", "cg", "城管局", 3, false)], [],
            HallDeskFactory.Start.UtcDateTime);
}
