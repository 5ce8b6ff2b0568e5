using Bunit;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.Features.Intake;

/// <summary>The 出件 form: who collects, the last four of the document shown, and nothing sent until it is complete.</summary>
public sealed class CollectorFormTests : ComponentTestContext
{
    private static readonly DateTime Now = new(2026, 12, 1, 1, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void CaseWithoutAgent_OffersApplicantAndProxyOnly_AndConfirmWaitsForFourCharacters()
    {
        Collector? sent = null;
        var form = Render<CollectorForm>(p => p.Add(x => x.Case, CaseOf(agent: false)).Add(x => x.OnCollect, (Collector c) => sent = c));

        Assert.Empty(form.FindAll("[data-testid=collector-agent]"));
        Assert.Contains("申请人本人（张建华）", form.Find("[data-testid=collector-kind]").TextContent);
        Assert.True(form.Find("[data-testid=collect-confirm]").HasAttribute("disabled"));

        form.Find("input[data-testid=collector-id-last4]").Input("031");
        Assert.True(form.Find("[data-testid=collect-confirm]").HasAttribute("disabled"));
        form.Find("input[data-testid=collector-id-last4]").Input("0310");
        form.Find("[data-testid=collect-confirm]").Click();

        Assert.Equal(Collector.Applicant("0310"), sent);
    }

    [Fact]
    public void Proxy_AsksNameAndRelation_AndSendsThemWithTheApplicantsLast4()
    {
        Collector? sent = null;
        var form = Render<CollectorForm>(p => p.Add(x => x.Case, CaseOf(agent: false)).Add(x => x.OnCollect, (Collector c) => sent = c));
        var group = form.FindComponent<MudBlazor.MudRadioGroup<CollectorKind>>().Instance;

        form.InvokeAsync(() => group.ValueChanged.InvokeAsync(CollectorKind.Proxy));
        form.Find("input[data-testid=collector-id-last4]").Input("0310");
        Assert.True(form.Find("[data-testid=collect-confirm]").HasAttribute("disabled"));
        form.Find("input[data-testid=collector-name]").Change(" 李梅 ");
        form.Find("input[data-testid=collector-relation]").Change("配偶");
        form.Find("[data-testid=collect-confirm]").Click();

        Assert.Equal(Collector.Proxy("李梅", "配偶", "0310"), sent);
    }

    [Fact]
    public void CaseWithAgent_OffersTheAgentByName_AndSendsTheAgentsLast4UpperCased()
    {
        Collector? sent = null;
        var form = Render<CollectorForm>(p => p.Add(x => x.Case, CaseOf(agent: true)).Add(x => x.OnCollect, (Collector c) => sent = c));
        var group = form.FindComponent<MudBlazor.MudRadioGroup<CollectorKind>>().Instance;

        Assert.Contains("代理人（李梅）", form.Find("[data-testid=collector-kind]").TextContent);
        form.InvokeAsync(() => group.ValueChanged.InvokeAsync(CollectorKind.Agent));
        Assert.Contains("代理人身份证号码后四位", form.Markup);
        form.Find("input[data-testid=collector-id-last4]").Input("456x");
        form.Find("[data-testid=collect-confirm]").Click();

        Assert.Equal(Collector.Agent("456X"), sent);
    }

    private static Case CaseOf(bool agent)
    {
        var applicant = new Applicant(ApplicantKind.Person, "张建华", "231004196803120310", "13812345678", null, agent ? "李梅" : null)
        {
            AgentIdNumber = agent ? "23100419751102456X" : null,
        };
        return new Case("AM202612010001", "AM", null, "王芳", applicant, "23100400CG-XK-0001", "户外招牌设置审批", false,
            [new CaseItem("23100400CG-XK-0001", "户外招牌设置审批", "cg", "城管局", 3, false)], [], Now);
    }
}
