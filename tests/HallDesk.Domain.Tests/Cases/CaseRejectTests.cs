using HallDesk.Domain.Cases;
using static HallDesk.Domain.Tests.Cases.CaseDays;

namespace HallDesk.Domain.Tests.Cases;

/// <summary>不予受理: only before acceptance, always with reason and legal basis.</summary>
public class CaseRejectTests
{
    [Fact]
    public void Reject_WithReasonAndLegalBasis_IsNotAccepted()
    {
        var @case = new CaseBuilder().Build();

        @case.Reject(" 申请事项不属于本机关职权范围 ", " 《行政许可法》第三十二条 ", Staff.Clerk, Morning(Monday));

        Assert.Equal(CaseStatus.NotAccepted, @case.Status);
        Assert.Equal("申请事项不属于本机关职权范围", @case.RejectReason);
        Assert.Equal("《行政许可法》第三十二条", @case.RejectLegalBasis);
        Assert.Equal("不予受理", Assert.Single(@case.Events).Action);
    }

    [Theory]
    [InlineData("", "《行政许可法》第三十二条")]
    [InlineData("  ", "《行政许可法》第三十二条")]
    [InlineData("不属于本机关职权范围", "")]
    [InlineData("不属于本机关职权范围", " ")]
    public void Reject_WithoutReasonOrLegalBasis_ThrowsAndStaysReceived(string reason, string legalBasis)
    {
        var @case = new CaseBuilder().Build();

        Assert.Throws<DomainException>(() => @case.Reject(reason, legalBasis, Staff.Clerk, Morning(Monday)));

        Assert.Equal(CaseStatus.Received, @case.Status);
        Assert.Null(@case.RejectReason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Reject_NotWithinPowersWithoutTheBodyToApplyTo_ThrowsAndStaysReceived(string? applyTo)
    {
        var @case = new CaseBuilder().Build();

        var error = Assert.Throws<DomainException>(() => @case.Reject(RejectionGround.NotWithinPowers, "不属于本区", "第三十二条第一款第（二）项", applyTo, Staff.Clerk, Morning(Monday)));

        Assert.Equal("Case.RejectApplyToRequired", error.Key);
        Assert.Equal(CaseStatus.Received, @case.Status);
    }

    [Fact]
    public void Reject_NotWithinPowers_KeepsGroundAndTheBodyToApplyTo()
    {
        var @case = new CaseBuilder().Build();

        @case.Reject(RejectionGround.NotWithinPowers, "由市级主管部门审批", "第三十二条第一款第（二）项", " 牡丹江市市场监督管理局 ", Staff.Clerk, Morning(Monday));

        Assert.Equal((RejectionGround.NotWithinPowers, "牡丹江市市场监督管理局"), (@case.RejectGround, @case.RejectApplyTo));
    }

    [Fact]
    public void Reject_WhileAwaitingCorrectionAtWindow_IsAllowed()
    {
        var @case = new CaseBuilder().WithMaterials(CaseMaterials.Missing("lease", "租赁合同")).AwaitingCorrection().Build();

        @case.Reject("逾期未补正", "《行政许可法》第三十二条", Staff.Clerk, Morning(Monday));

        Assert.Equal(CaseStatus.NotAccepted, @case.Status);
    }

    [Fact]
    public void Reject_AfterAcceptance_Throws()
    {
        var @case = new CaseBuilder().Accepted().Build();

        Assert.Throws<DomainException>(() => @case.Reject("理由", "依据", Staff.Clerk, Morning(Monday)));
        Assert.Equal(CaseStatus.UnderReview, @case.Status);
    }

    [Fact]
    public void Reject_DuringCorrectionAskedByReviewer_Throws()
    {
        var @case = new CaseBuilder().Accepted().Build();
        @case.ReturnForCorrection(CaseItems.Market, "房屋产权证明", Staff.Reviewer, Monday, Morning(Monday));

        Assert.Throws<DomainException>(() => @case.Reject("理由", "依据", Staff.Clerk, Morning(Monday)));
        Assert.Equal(CaseStatus.AwaitingCorrection, @case.Status);
    }

    [Fact]
    public void Accept_AfterNotAccepted_Throws()
    {
        var @case = new CaseBuilder().Build();
        @case.Reject("理由", "依据", Staff.Clerk, Morning(Monday));

        Assert.Throws<DomainException>(() => @case.Accept(Schedule, Monday, Staff.Clerk, Morning(Monday)));
        Assert.Empty(@case.Tasks);
    }
}
