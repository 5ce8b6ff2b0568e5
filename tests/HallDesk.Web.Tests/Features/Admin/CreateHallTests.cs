using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using HallDesk.Data;
using HallDesk.Domain.Queue;
using HallDesk.Domain;
using HallDesk.Web.Features.Admin;
using HallDesk.Web.Features.Live;
using HallDesk.Web.Features.Queue;
using HallDesk.Web.Infrastructure;
using HallDesk.Web.Localization;
using HallDesk.Web.Tests.Features.Live;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Admin;

/// <summary>新建大厅: a hall created in the app works at once where a seeded hall does; bad input is refused at its field.</summary>
public sealed class CreateHallTests : IClassFixture<HallDeskFactory>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly HallDeskFactory _factory;

    public CreateHallTests(HallDeskFactory factory) => _factory = factory;

    public static CreateHall.Command NewHall(string code, string shortName) => new(
        code, "东华社区便民服务站" + code, shortName, HallLevel.SubHall, "爱民区东华街 3 号", "就近办",
        OpenAroundTheClock: true, new TimeOnly(9, 0), new TimeOnly(17, 0),
        [new("A", "综合受理", 8), new("E", "咨询/出件", 4)],
        [new(1, "综合窗口", CounterKind.Comprehensive, "A,E"), new(2, "出件窗口", CounterKind.Output, "E")]);

    [Fact]
    public async Task Create_ThenTheKioskApiIssuesATicketAtOnce_AndItsBoardJoinsTheLiveHub()
    {
        var snapshots = Channel.CreateUnbounded<BoardSnapshot>();
        var issued = Channel.CreateUnbounded<TicketIssuedEvent>();
        await using var board = Connect();
        board.On<BoardSnapshot>("Snapshot", s => snapshots.Writer.TryWrite(s));
        board.OnEvent<TicketIssuedEvent>(e => issued.Writer.TryWrite(e));
        await board.StartAsync();

        await _factory.Get<CreateHall>().HandleAsync(NewHall("DH", "东华"), await _factory.ActorAsync("district"));

        await board.InvokeAsync("JoinHall", "DH");
        var snapshot = await snapshots.Reader.ReadAsync().AsTask().WaitAsync(Wait);
        var response = await _factory.CreateClient().PostAsJsonAsync("/api/v1/halls/DH/tickets", new { line = "A" });
        var ticket = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var e = await issued.Reader.ReadAsync().AsTask().WaitAsync(Wait);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("A001", ticket.GetProperty("number").GetString());
        Assert.Equal("东华社区便民服务站DH", snapshot.HallName);
        Assert.Equal([1, 2], snapshot.Counters.Select(c => c.Number));
        Assert.Equal(("DH", "A001"), (e.Hall, e.Number));
        Assert.Contains(await _factory.Get<QueueQueries>().HallsAsync(), h => h.Code == "DH");
        await using var db = await _factory.DbAsync();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "hall.create" && a.Subject == "DH" && a.Actor == "district"));
    }

    [Theory]
    [InlineData("AM", "东华二", "code", "已有代码为 AM")]
    [InlineData("DX", "向阳", "shortName", "简称“向阳”已被向阳街道便民服务中心使用")]
    [InlineData("1X", "东华三", "code", "大写字母或数字")]
    [InlineData("DY", "", "shortName", "简称")]
    public async Task Create_UsedOrBadCodeOrShortName_IsRefusedAtTheFieldAndNothingIsWritten(string code, string shortName, string field, string message)
    {
        var halls = await CountAsync(db => db.Halls.CountAsync());
        var lines = await CountAsync(db => db.QueueLines.CountAsync());
        var audits = await CountAsync(db => db.AuditEntries.CountAsync(a => a.Action == "hall.create"));

        var district = await _factory.ActorAsync("district");

        var error = await Assert.ThrowsAsync<FieldErrorsException>(() => _factory.Get<CreateHall>().HandleAsync(NewHall(code, shortName), district));

        Assert.Contains(message, Texts.Of(error.Errors[field], Texts.Chinese));
        Assert.Equal(halls, await CountAsync(db => db.Halls.CountAsync()));
        Assert.Equal(lines, await CountAsync(db => db.QueueLines.CountAsync()));
        Assert.Equal(audits, await CountAsync(db => db.AuditEntries.CountAsync(a => a.Action == "hall.create")));
    }

    [Fact]
    public async Task Create_CounterServingAnUnknownLine_IsRefusedAtTheCounters()
    {
        var command = NewHall("DZ", "东华四") with { Counters = [new(1, "综合窗口", CounterKind.Comprehensive, "A,Q")] };

        var district = await _factory.ActorAsync("district");

        var error = await Assert.ThrowsAsync<FieldErrorsException>(() => _factory.Get<CreateHall>().HandleAsync(command, district));

        Assert.Contains("没有业务 Q", Texts.Of(error.Errors["counters"], Texts.Chinese));
    }

    [Fact]
    public async Task Create_ByAHallManager_IsRefusedAndAudited()
    {
        var manager = await _factory.ActorAsync("manager");

        var error = await Assert.ThrowsAsync<DomainException>(() => _factory.Get<CreateHall>().HandleAsync(NewHall("MG", "东华五"), manager));

        Assert.Contains("区级管理员", Texts.Of(error, Texts.Chinese));
        Assert.Equal(0, await CountAsync(db => db.Halls.CountAsync(h => h.Code == "MG")));
    }

    private async Task<int> CountAsync(Func<HallDeskDbContext, Task<int>> count)
    {
        await using var db = await _factory.DbAsync();
        return await count(db);
    }

    private HubConnection Connect() =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(_factory.Server.BaseAddress, "/hubs/queue"), o =>
            {
                o.HttpMessageHandlerFactory = _ => _factory.Server.CreateHandler();
                o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.LongPolling;
            })
            .Build();
}
