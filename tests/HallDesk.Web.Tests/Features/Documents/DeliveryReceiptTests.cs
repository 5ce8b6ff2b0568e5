using System.Text.RegularExpressions;
using HallDesk.Data;
using HallDesk.Domain.Cases;
using HallDesk.Web.Features.Documents;
using HallDesk.Web.Features.Intake;
using HallDesk.Web.Tests.Features.Intake;
using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.Features.Documents;

/// <summary>The 送达回证 read back from its PDF: what was delivered with its 文号, how, when, and who signed or collected.</summary>
public sealed class DeliveryReceiptTests(HallDeskFactory factory) : IClassFixture<HallDeskFactory>
{
    [Fact]
    public async Task AtTheWindowToAProxy_NamesTheDecisionWithItsNumber_DirectDelivery_DateAndTheProxyWithRelation()
    {
        var number = await AgentsAndCollectionTests.ConcludedAsync(factory, DocumentCases.Hongfu);

        await factory.Get<DeliverCaseAtWindow>().HandleAsync(await factory.ActorAsync("clerk1"), number, Collector.Proxy("李梅", "同事", "QX5M"));

        var documents = await DocumentCases.DocumentsAsync(factory, number);
        var decision = Assert.Single(documents, d => d.Kind == DocumentKind.Decision);
        var receipt = Assert.Single(documents, d => d.Kind == DocumentKind.DeliveryReceipt);
        var text = PdfText.Of(receipt.Content);
        Assert.StartsWith("爱民区政务服务中心送达回证" + receipt.Number, text);
        Assert.Contains($"准予许可决定书（{decision.Number}）", text);
        Assert.Matches(new Regex(@"^爱民城管许字〔2026〕第\d{4}号$"), decision.Number);
        Assert.Contains("送达方式直接送达（统一出件窗口领取）", text);
        Assert.Matches(new Regex(@"签收日期2026年\d{1,2}月\d{1,2}日"), text);
        Assert.Contains("代收人李梅（代收人，与申请人关系：同事）", text);
        Assert.Contains("代收人签收：", text);
        Assert.Contains("签名：", text);
        AssertNoFullPhoneOrId(text);
    }

    [Fact]
    public async Task AtTheWindowToTheAgent_NamesTheAgentAsSigner()
    {
        var number = await AgentsAndCollectionTests.ConcludedAsync(factory, AgentsAndCollectionTests.HongfuByAgent);

        await factory.Get<DeliverCaseAtWindow>().HandleAsync(await factory.ActorAsync("clerk1"), number, Collector.Agent(AgentsAndCollectionTests.AgentId[^4..]));

        var text = PdfText.Of(Assert.Single(await DocumentCases.DocumentsAsync(factory, number), d => d.Kind == DocumentKind.DeliveryReceipt).Content);
        Assert.Contains("签收人李梅（代理人）", text);
        AssertNoFullPhoneOrId(text);
    }

    [Fact]
    public async Task ByMail_CarrierAndTrackingNumber_NoSignatureLine_AndThePhoneTypedIntoTheAddressMasked()
    {
        var number = await AgentsAndCollectionTests.ConcludedAsync(factory, DocumentCases.Hongfu);
        var clerk = await factory.ActorAsync("clerk1");

        // The clerk typed the recipient's phone into the free-text address, as happened on main.
        await factory.Get<SendCaseByMail>().HandleAsync(new(number, "黑龙江省牡丹江市爱民区西三条路12号 马文斌 13987654321", "中国邮政 EMS", "EA123456789CN"), clerk);
        await factory.Get<ConfirmMailDelivery>().HandleAsync(clerk, number);

        var text = PdfText.Of(Assert.Single(await DocumentCases.DocumentsAsync(factory, number), d => d.Kind == DocumentKind.DeliveryReceipt).Content);
        Assert.Contains("送达方式邮寄送达", text);
        Assert.Contains("邮寄单位中国邮政EMS", text);
        Assert.Contains("邮件单号EA123456789CN", text);
        Assert.Contains("收件地址黑龙江省牡丹江市爱民区****", text);
        Assert.Contains("签收日期", text);
        Assert.DoesNotContain("签名", text);
        Assert.DoesNotContain("西三条路", text);
        AssertNoFullPhoneOrId(text);
    }

    private static void AssertNoFullPhoneOrId(string text)
    {
        Assert.DoesNotMatch(new Regex(@"1[3-9]\d{9}"), text);
        Assert.DoesNotMatch(new Regex(@"\d{17}[\dX]"), text.Replace("91231004MA72K3QX5M", "", StringComparison.Ordinal));
        Assert.DoesNotContain("13987654321", text);
    }
}
