using HallDesk.Domain.Cases;
using static HallDesk.Domain.Tests.Cases.CaseDays;

namespace HallDesk.Domain.Tests.Cases;

/// <summary>出件: who collects is checked against the case (applicant's or agent's ID, last four) before anything changes.</summary>
public class CaseCollectorTests
{
    private static readonly DateTime Handover = Morning(Monday.AddDays(3));

    [Fact]
    public void DeliverAtWindow_ApplicantShowsTheirIdCard_RecordsThemAsSigner()
    {
        var @case = new CaseBuilder().Concluded().Build();

        @case.DeliverAtWindow(Collector.Applicant("002x"), Staff.Clerk, "H01", Handover);

        Assert.Equal(CaseStatus.Delivered, @case.Status);
        Assert.Equal((CollectorKind.Applicant, "张三丰", (string?)null), (@case.CollectedBy, @case.CollectorName, @case.CollectorRelation));
        Assert.Equal("张三丰在统一出件窗口领取", @case.Events[^1].Detail);
    }

    [Theory]
    [InlineData("0021")]
    [InlineData("12")]
    [InlineData("")]
    public void DeliverAtWindow_WrongOrMalformedLast4_ThrowsAndNothingChanges(string last4)
    {
        var @case = new CaseBuilder().Concluded().Build();
        var events = @case.Events.Count;

        var error = Assert.Throws<DomainException>(() => @case.DeliverAtWindow(Collector.Applicant(last4), Staff.Clerk, "H01", Handover));

        Assert.Equal(last4.Length == 4 ? "Case.CollectorNotApplicant" : "Case.CollectorIdLast4Invalid", error.Key);
        Assert.Equal(CaseStatus.Concluded, @case.Status);
        Assert.Equal((CollectorKind.None, (string?)null, (DateTime?)null), (@case.CollectedBy, @case.CollectorName, @case.DeliveredAt));
        Assert.Equal(events, @case.Events.Count);
    }

    [Fact]
    public void DeliverAtWindow_Agent_IsCheckedAgainstTheAgentsOwnIdNotTheApplicants()
    {
        var @case = new CaseBuilder().For(SampleApplicants.Organisation()).Concluded().Build();

        // The credit code's last four are the applicant's, not the agent's.
        Assert.Equal("Case.CollectorNotAgent",
            Assert.Throws<DomainException>(() => @case.DeliverAtWindow(Collector.Agent("0Y43"), Staff.Clerk, "H01", Handover)).Key);
        @case.DeliverAtWindow(Collector.Agent(SampleApplicants.AgentId[^4..]), Staff.Clerk, "H01", Handover);

        Assert.Equal((CollectorKind.Agent, "王五"), (@case.CollectedBy, @case.CollectorName));
        Assert.Equal("代理人王五在统一出件窗口领取", @case.Events[^1].Detail);
    }

    [Fact]
    public void DeliverAtWindow_AgentWhereNoneWasRegistered_Throws()
    {
        var @case = new CaseBuilder().Concluded().Build();

        var error = Assert.Throws<DomainException>(() => @case.DeliverAtWindow(Collector.Agent("002X"), Staff.Clerk, "H01", Handover));

        Assert.Equal("Case.NoAgentOnCase", error.Key);
        Assert.Equal(CaseStatus.Concluded, @case.Status);
    }

    [Fact]
    public void DeliverAtWindow_Proxy_WithTheApplicantsDocument_RecordsNameAndRelation()
    {
        var @case = new CaseBuilder().Concluded().Build();

        @case.DeliverAtWindow(Collector.Proxy(" 李梅 ", " 配偶 ", "002X"), Staff.Clerk, "H01", Handover);

        Assert.Equal((CollectorKind.Proxy, "李梅", "配偶"), (@case.CollectedBy, @case.CollectorName, @case.CollectorRelation));
        Assert.Equal("代收人李梅（与申请人关系：配偶）在统一出件窗口代为领取", @case.Events[^1].Detail);
    }

    [Theory]
    [InlineData("李梅", "", "002X", "Case.CollectorRelationRequired")]
    [InlineData(" ", "配偶", "002X", "Case.CollectorNameRequired")]
    [InlineData("李梅", "配偶", "5678", "Case.ProxyWithoutApplicantDocument")]
    public void DeliverAtWindow_ProxyWithoutNameRelationOrTheApplicantsDocument_Throws(string name, string relation, string last4, string key)
    {
        var @case = new CaseBuilder().Concluded().Build();

        var error = Assert.Throws<DomainException>(() => @case.DeliverAtWindow(Collector.Proxy(name, relation, last4), Staff.Clerk, "H01", Handover));

        Assert.Equal(key, error.Key);
        Assert.Equal(CaseStatus.Concluded, @case.Status);
    }

    [Fact]
    public void NewCase_KeepsTheAgentsIdNumber()
    {
        var @case = new CaseBuilder().For(SampleApplicants.Organisation()).Build();

        Assert.Equal(("王五", SampleApplicants.AgentId), (@case.AgentName, @case.AgentIdNumber));
    }
}
