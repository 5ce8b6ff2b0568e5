using HallDesk.Domain.Cases;
using static HallDesk.Domain.Tests.Cases.CaseDays;

namespace HallDesk.Domain.Tests.Cases;

/// <summary>送达: at the output window or by free mail, only once the case is concluded.</summary>
public class CaseDeliveryTests
{
    private static readonly DateTime Handover = Morning(Monday.AddDays(3));

    [Fact]
    public void DeliverAtWindow_Concluded_IsDelivered()
    {
        var @case = new CaseBuilder().Concluded().Build();

        @case.DeliverAtWindow(SampleApplicants.InPerson, Staff.Clerk, "H01", Handover);

        Assert.Equal(CaseStatus.Delivered, @case.Status);
        Assert.Equal(DeliveryMethod.Window, @case.DeliveryMethod);
        Assert.Equal(Handover, @case.DeliveredAt);
        Assert.Equal("窗口领取送达", @case.Events[^1].Action);
    }

    [Fact]
    public void DeliverAtWindow_Denied_IsDeliveredToo()
    {
        // A 不予许可决定书 is delivered like an approval.
        var @case = new CaseBuilder().Concluded(approve: false).Build();

        @case.DeliverAtWindow(SampleApplicants.InPerson, Staff.Clerk, "H01", Handover);

        Assert.Equal(CaseStatus.Delivered, @case.Status);
    }

    [Fact]
    public void DeliverAtWindow_UnderReview_Throws()
    {
        var @case = new CaseBuilder().Accepted().Build();

        Assert.Throws<DomainException>(() => @case.DeliverAtWindow(SampleApplicants.InPerson, Staff.Clerk, "H01", Handover));
        Assert.Equal(CaseStatus.UnderReview, @case.Status);
        Assert.Null(@case.DeliveredAt);
    }

    [Fact]
    public void DeliverAtWindow_AlreadyDelivered_Throws()
    {
        var @case = new CaseBuilder().Concluded().Build();
        @case.DeliverAtWindow(SampleApplicants.InPerson, Staff.Clerk, "H01", Handover);

        Assert.Throws<DomainException>(() => @case.DeliverAtWindow(SampleApplicants.InPerson, Staff.Clerk, "H01", Handover.AddDays(1)));
        Assert.Equal(Handover, @case.DeliveredAt);
    }

    [Fact]
    public void SendByMail_Concluded_RecordsShipmentButIsNotYetDelivered()
    {
        var @case = new CaseBuilder().Concluded().Build();

        @case.SendByMail(" 福州市鼓楼区五四路 1 号 ", " EMS ", " 1234567890123 ", Staff.Clerk, Handover);

        Assert.Equal(CaseStatus.Concluded, @case.Status);
        Assert.Equal(DeliveryMethod.Mail, @case.DeliveryMethod);
        Assert.Equal("福州市鼓楼区五四路 1 号", @case.MailAddress);
        Assert.Equal("EMS", @case.MailCarrier);
        Assert.Equal("1234567890123", @case.MailTrackingNumber);
        Assert.Null(@case.DeliveredAt);
        Assert.Equal("免费邮寄寄出", @case.Events[^1].Action);
    }

    [Theory]
    [InlineData("", "EMS", "1234567890123")]
    [InlineData("福州市鼓楼区五四路 1 号", " ", "1234567890123")]
    [InlineData("福州市鼓楼区五四路 1 号", "EMS", "")]
    public void SendByMail_MissingAddressCarrierOrTracking_ThrowsAndSendsNothing(string address, string carrier, string tracking)
    {
        var @case = new CaseBuilder().Concluded().Build();

        Assert.Throws<DomainException>(() => @case.SendByMail(address, carrier, tracking, Staff.Clerk, Handover));

        Assert.Equal(DeliveryMethod.None, @case.DeliveryMethod);
        Assert.Null(@case.MailTrackingNumber);
    }

    [Fact]
    public void SendByMail_UnderReview_Throws()
    {
        var @case = new CaseBuilder().Accepted().Build();

        Assert.Throws<DomainException>(() => @case.SendByMail("福州市鼓楼区五四路 1 号", "EMS", "1234567890123", Staff.Clerk, Handover));
        Assert.Equal(DeliveryMethod.None, @case.DeliveryMethod);
    }

    [Fact]
    public void SendByMail_Twice_ThrowsAndKeepsFirstTracking()
    {
        var @case = new CaseBuilder().Concluded().Build();
        @case.SendByMail("福州市鼓楼区五四路 1 号", "EMS", "1234567890123", Staff.Clerk, Handover);

        Assert.Throws<DomainException>(() => @case.SendByMail("福州市鼓楼区五四路 1 号", "顺丰", "SF000000000", Staff.Clerk, Handover));
        Assert.Equal("1234567890123", @case.MailTrackingNumber);
    }

    [Fact]
    public void ConfirmMailDelivered_AfterSending_IsDelivered()
    {
        var @case = new CaseBuilder().Concluded().Build();
        @case.SendByMail("福州市鼓楼区五四路 1 号", "EMS", "1234567890123", Staff.Clerk, Handover);

        @case.ConfirmMailDelivered(Staff.Clerk, Handover.AddDays(2));

        Assert.Equal(CaseStatus.Delivered, @case.Status);
        Assert.Equal(Handover.AddDays(2), @case.DeliveredAt);
        Assert.Equal("邮寄签收送达", @case.Events[^1].Action);
        Assert.Contains("1234567890123", @case.Events[^1].Detail);
    }

    [Fact]
    public void ConfirmMailDelivered_Twice_ThrowsAndKeepsFirstDeliveryTime()
    {
        var @case = new CaseBuilder().Concluded().Build();
        @case.SendByMail("福州市鼓楼区五四路 1 号", "EMS", "1234567890123", Staff.Clerk, Handover);
        @case.ConfirmMailDelivered(Staff.Clerk, Handover.AddDays(2));

        Assert.Throws<DomainException>(() => @case.ConfirmMailDelivered(Staff.Clerk, Handover.AddDays(3)));
        Assert.Equal(Handover.AddDays(2), @case.DeliveredAt);
    }

    [Fact]
    public void ConfirmMailDelivered_NotSent_Throws()
    {
        var @case = new CaseBuilder().Concluded().Build();

        Assert.Throws<DomainException>(() => @case.ConfirmMailDelivered(Staff.Clerk, Handover));
        Assert.Equal(CaseStatus.Concluded, @case.Status);
    }
}
