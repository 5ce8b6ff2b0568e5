using HallDesk.Domain;
using HallDesk.Domain.Evaluations;
using HallDesk.Web.Features.Evaluation;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using HallDesk.Web.Localization;

namespace HallDesk.Web.Tests.Features.Evaluation.Manager;

/// <summary>差评整改 through its use cases (核实, 审批无效, 整改, 回访, 关闭), on Tuesday 2026-12-01 (no holidays until the order's deadline).</summary>
public sealed class RectificationFlowTests : IClassFixture<HallDeskFactory>
{
    private readonly HallDeskFactory _factory;

    public RectificationFlowTests(HallDeskFactory factory) => _factory = factory;

    [Fact]
    public async Task BadRating_OpensARealNameOrder_DueFiveWorkingDaysAfterTheDayOpened()
    {
        var order = await RatedCases.BadRatingAsync(_factory, RatedCases.Signboard);

        // Tue 12-01 opened: Wed 2, Thu 3, Fri 4, Mon 7, Tue 8.
        Assert.Equal(new DateOnly(2026, 12, 1), order.OpenedOn);
        Assert.Equal(new DateOnly(2026, 12, 8), order.Deadline);
        Assert.Equal(RectificationStatus.Open, order.Status);
        Assert.True(order.RealName);
        Assert.Equal("cg", order.DepartmentCode);
        Assert.StartsWith("ZG20261201", order.Number, StringComparison.Ordinal);
        var row = (await _factory.Get<EvaluationQueries>().RectificationsAsync("AM", openOnly: true)).Single(r => r.Order.Number == order.Number);
        Assert.False(row.Overdue);
        Assert.Equal("区城市管理和综合执法局", row.DepartmentName);
    }

    [Fact]
    public async Task Close_RealNameOrderWithoutCallback_IsRefused_AndStaysFixed()
    {
        var order = await RatedCases.BadRatingAsync(_factory);
        var manager = await _factory.ActorAsync("manager");
        await _factory.Get<VerifyRectification>().HandleAsync(manager, order.Number, true, "窗口排队时间过长属实");
        await _factory.Get<FixRectification>().HandleAsync(manager, order.Number, "高峰期增开综合窗口");

        var error = await Assert.ThrowsAsync<DomainException>(() => _factory.Get<CloseRectification>().HandleAsync(manager, order.Number));

        Assert.Contains("回访", Texts.Of(error, Texts.Chinese), StringComparison.Ordinal);
        Assert.Equal(RectificationStatus.Fixed, (await RatedCases.OrderAsync(_factory, order.Number)).Status);
    }

    [Fact]
    public async Task FullFlow_VerifyFixCallBackClose_ClosesOnTime_AndEachStepIsAudited()
    {
        var order = await RatedCases.BadRatingAsync(_factory);
        var manager = await _factory.ActorAsync("manager");

        await _factory.Get<VerifyRectification>().HandleAsync(manager, order.Number, true, "窗口排队时间过长属实");
        await _factory.Get<FixRectification>().HandleAsync(manager, order.Number, "高峰期增开综合窗口");
        await _factory.Get<RecordCallBack>().HandleAsync(manager, order.Number, true, "电话回访，已说明整改措施", true);
        await _factory.Get<CloseRectification>().HandleAsync(manager, order.Number);

        var closed = await RatedCases.OrderAsync(_factory, order.Number);
        Assert.Equal(RectificationStatus.Closed, closed.Status);
        Assert.True(closed.ClosedOnTime);
        Assert.True(closed.SatisfiedAfter);
        Assert.Equal(["立单", "核实有效", "整改完成", "回访", "关闭"], closed.History.Select(h => h.Action));
        Assert.DoesNotContain(await _factory.Get<EvaluationQueries>().RectificationsAsync("AM", openOnly: true), r => r.Order.Number == order.Number);
        await using var db = await _factory.DbAsync();
        Assert.Equal(
            ["rectification.callback", "rectification.close", "rectification.fix", "rectification.verify"],
            await db.AuditEntries.Where(a => a.Subject == order.Number && a.Actor == "manager").Select(a => a.Action).OrderBy(a => a).ToListAsync());
    }

    [Fact]
    public async Task InvalidClaim_ApprovedClosesTheOrder_RejectedSendsItToFixing()
    {
        var approved = await RatedCases.BadRatingAsync(_factory);
        var rejected = await RatedCases.BadRatingAsync(_factory);
        var manager = await _factory.ActorAsync("manager");

        await _factory.Get<VerifyRectification>().HandleAsync(manager, approved.Number, false, "评价人所述窗口当天未开放，系误评");
        await _factory.Get<DecideInvalidClaim>().HandleAsync(manager, approved.Number, true);
        await _factory.Get<VerifyRectification>().HandleAsync(manager, rejected.Number, false, "群众误解办理时限");
        await _factory.Get<DecideInvalidClaim>().HandleAsync(manager, rejected.Number, false);

        Assert.Equal(RectificationStatus.Closed, (await RatedCases.OrderAsync(_factory, approved.Number)).Status);
        Assert.Equal(RectificationStatus.Verified, (await RatedCases.OrderAsync(_factory, rejected.Number)).Status);
    }

    [Fact]
    public async Task Steps_OutOfOrderOrWithoutText_AreRefused()
    {
        var order = await RatedCases.BadRatingAsync(_factory);
        var manager = await _factory.ActorAsync("manager");

        var early = await Assert.ThrowsAsync<DomainException>(() => _factory.Get<FixRectification>().HandleAsync(manager, order.Number, "增开窗口"));
        var empty = await Assert.ThrowsAsync<DomainException>(() => _factory.Get<VerifyRectification>().HandleAsync(manager, order.Number, true, " "));
        var unknown = await Assert.ThrowsAsync<DomainException>(() => _factory.Get<CloseRectification>().HandleAsync(manager, "ZG20991231999"));

        Assert.Contains("待核实", Texts.Of(early, Texts.Chinese), StringComparison.Ordinal);
        Assert.Contains("核实情况", Texts.Of(empty, Texts.Chinese), StringComparison.Ordinal);
        Assert.Contains("没有整改单", Texts.Of(unknown, Texts.Chinese), StringComparison.Ordinal);
        Assert.Equal(RectificationStatus.Open, (await RatedCases.OrderAsync(_factory, order.Number)).Status);
    }
}
