using HallDesk.Data;
using HallDesk.Domain;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Documents;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Features.Review;
using HallDesk.Web.Infrastructure;
using HallDesk.Web.Localization;
using HallDesk.Web.Tests.Features.Documents;
using HallDesk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HallDesk.Web.Tests.Features.Intake;

/// <summary>代理人 at intake (ID checked, 授权委托书 required) and 出件 to a collector checked against the case.</summary>
public sealed class AgentsAndCollectionTests(HallDeskFactory factory) : IClassFixture<HallDeskFactory>
{
    internal const string AgentId = "231004197511024567";
    internal static readonly Applicant HongfuByAgent = DocumentCases.Hongfu with { AgentName = "李梅", AgentIdNumber = AgentId };

    [Fact]
    public async Task TakeIn_AgentWithAWrongCheckCharacter_NamesTheAgentsIdAndStoresNothing()
    {
        await using var db = await factory.DbAsync();
        var cases = await db.Cases.CountAsync();

        var error = await Assert.ThrowsAsync<FieldErrorsException>(() => DocumentCases.TakeInAsync(factory,
            HongfuByAgent with { AgentIdNumber = "231004197511024568" }, DocumentCases.Signboard, [.. DocumentCases.SignboardMaterials, "power-of-attorney"]));

        Assert.Equal("IdNumber.Checksum", Assert.Single(error.Errors).Value.Key);
        Assert.Equal("agentIdNumber", error.Errors.Keys.Single());
        Assert.Equal(cases, await db.Cases.CountAsync());
    }

    [Fact]
    public async Task TakeIn_ByAnAgent_RequiresThePowerOfAttorney_AndKeepsTheAgentsId()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() => DocumentCases.TakeInAsync(factory, HongfuByAgent, DocumentCases.Signboard, DocumentCases.SignboardMaterials));
        Assert.Contains("授权委托书", Texts.Of(refused, Texts.Chinese));

        var accepted = await DocumentCases.TakeInAsync(factory, HongfuByAgent, DocumentCases.Signboard, [.. DocumentCases.SignboardMaterials, "power-of-attorney"]);

        var c = await DocumentCases.LoadAsync(factory, accepted.CaseNumber);
        Assert.Equal((CaseStatus.UnderReview, "李梅", AgentId), (c.Status, c.AgentName, c.AgentIdNumber));
        Assert.Equal(MaterialState.Submitted, c.Materials.Single(m => m.Key == "power-of-attorney").State);
        // The 受理通知书 names the agent, the ID masked, and lists the 授权委托书 received.
        var receipt = PdfText.Of((await DocumentCases.DocumentsAsync(factory, accepted.CaseNumber)).Single(d => d.Kind == DocumentKind.Acceptance).Content);
        Assert.Contains("代理人李梅（身份证号码2310**********4567）", receipt);
        Assert.Contains("授权委托书", receipt);
        Assert.DoesNotContain(AgentId, receipt);
        // Without an agent the item does not ask for it.
        var alone = await factory.Get<TakeInApplication>().ChecklistAsync((await factory.Get<CatalogQueries>().SelectAsync(DocumentCases.Signboard))!, "", []);
        Assert.DoesNotContain(alone, m => m.Key == "power-of-attorney");
    }

    [Fact]
    public async Task Deliver_CollectorsLast4DoesNotMatch_ChineseMessage_NothingChanges_Audited()
    {
        var number = await ConcludedAsync(HongfuByAgent);
        var clerk = await factory.ActorAsync("clerk1");

        var refused = await Assert.ThrowsAsync<DomainException>(() => factory.Get<DeliverCaseAtWindow>().HandleAsync(clerk, number, Collector.Agent("QX5M")));

        Assert.Equal("证件号码后四位与本办件登记的代理人不一致，不能出件。请核对代理人本人身份证。", Texts.Of(refused, Texts.Chinese));
        var c = await DocumentCases.LoadAsync(factory, number);
        Assert.Equal((CaseStatus.Concluded, CollectorKind.None), (c.Status, c.CollectedBy));
        Assert.DoesNotContain(await DocumentCases.DocumentsAsync(factory, number), d => d.Kind == DocumentKind.DeliveryReceipt);
        await using var db = await factory.DbAsync();
        var audit = await db.AuditEntries.Where(a => a.Subject == number && a.Action == "case.deliver").ToListAsync();
        Assert.Equal(AuditOutcome.Failed, Assert.Single(audit).Outcome);
        Assert.Contains("Case.CollectorNotAgent", audit[0].Details);

        await factory.Get<DeliverCaseAtWindow>().HandleAsync(clerk, number, Collector.Agent(AgentId[^4..]));

        c = await DocumentCases.LoadAsync(factory, number);
        Assert.Equal((CaseStatus.Delivered, CollectorKind.Agent, "李梅"), (c.Status, c.CollectedBy, c.CollectorName));
    }

    /// <summary>Taken in for 户外招牌设置审批 and approved by 城管: ready for 出件.</summary>
    internal async Task<string> ConcludedAsync(Applicant applicant) => await ConcludedAsync(factory, applicant);

    internal static async Task<string> ConcludedAsync(HallDeskFactory factory, Applicant applicant)
    {
        var accepted = await DocumentCases.TakeInAsync(factory, applicant, DocumentCases.Signboard,
            [.. DocumentCases.SignboardMaterials, "power-of-attorney"]);
        var version = (await DocumentCases.LoadAsync(factory, accepted.CaseNumber)).Tasks.Single().Version;
        await factory.Get<ApproveReviewTask>().HandleAsync(await factory.ActorAsync("reviewer-cg"), accepted.CaseNumber, version, "设置位置和样式符合规定");
        return accepted.CaseNumber;
    }
}
