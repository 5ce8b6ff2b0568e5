using HallDesk.Domain.Cases;
using static HallDesk.Domain.Tests.Cases.CaseDays;

namespace HallDesk.Domain.Tests.Cases;

/// <summary>补正 at the window: one notice listing everything missing; the applicant brings it, then 受理.</summary>
public class CaseCorrectionTests
{
    [Fact]
    public void RequestCorrection_ListsEveryMissingRequiredMaterialAtOnce()
    {
        var @case = new CaseBuilder()
            .WithMaterials(CaseMaterials.Submitted("business-licence"), CaseMaterials.Missing("lease", "租赁合同"),
                CaseMaterials.Missing("floor-plan", "经营场所平面图"), CaseMaterials.Missing("photo", "门头照片", required: false))
            .AwaitingCorrection()
            .Build();

        Assert.Equal(CaseStatus.AwaitingCorrection, @case.Status);
        Assert.Equal("一次性告知需补正：租赁合同、经营场所平面图", @case.CorrectionNote);
        var told = Assert.Single(@case.Events);
        Assert.Equal("补正告知", told.Action);
        Assert.Equal(@case.CorrectionNote, told.Detail);
    }

    [Fact]
    public void RequestCorrection_NothingMissing_Throws()
    {
        var @case = new CaseBuilder().Build();

        Assert.Throws<DomainException>(() => @case.RequestCorrection(Staff.Clerk, Morning(Monday)));
        Assert.Equal(CaseStatus.Received, @case.Status);
    }

    [Fact]
    public void ProvideMaterials_AllMissingBrought_ThenAcceptSucceeds()
    {
        var @case = new CaseBuilder()
            .WithMaterials(CaseMaterials.Missing("lease", "租赁合同"), CaseMaterials.Missing("floor-plan", "经营场所平面图"))
            .AwaitingCorrection()
            .Build();
        var tuesday = Monday.AddDays(1);

        @case.ProvideMaterials(["lease", "floor-plan"], Schedule, tuesday, Staff.Clerk, Morning(tuesday));
        @case.Accept(Schedule, tuesday, Staff.Clerk, Morning(tuesday));

        Assert.Empty(@case.MissingMaterials);
        Assert.Equal(CaseStatus.UnderReview, @case.Status);
        Assert.All(@case.Materials, m => Assert.Equal(MaterialState.Submitted, m.State));
        Assert.Equal(["补正告知", "补正材料提交", "受理"], @case.Events.Select(e => e.Action));
    }

    [Fact]
    public void ProvideMaterials_BeforeAcceptance_LeavesCaseWaitingForTheClerk()
    {
        var @case = new CaseBuilder().WithMaterials(CaseMaterials.Missing("lease", "租赁合同")).AwaitingCorrection().Build();

        @case.ProvideMaterials(["lease"], Schedule, Monday, Staff.Clerk, Morning(Monday));

        Assert.Equal(CaseStatus.AwaitingCorrection, @case.Status);
        Assert.Empty(@case.Tasks);
    }

    [Fact]
    public void ProvideMaterials_PartOfWhatIsMissing_AcceptStillThrowsNamingTheRest()
    {
        var @case = new CaseBuilder()
            .WithMaterials(CaseMaterials.Missing("lease", "租赁合同"), CaseMaterials.Missing("floor-plan", "经营场所平面图"))
            .AwaitingCorrection()
            .Build();

        @case.ProvideMaterials(["lease"], Schedule, Monday, Staff.Clerk, Morning(Monday));
        var ex = Assert.Throws<DomainException>(() => @case.Accept(Schedule, Monday, Staff.Clerk, Morning(Monday)));

        Assert.Contains("经营场所平面图", ex.Message);
        Assert.DoesNotContain("租赁合同", ex.Message);
    }

    [Fact]
    public void ProvideMaterials_NoMissingKeyTicked_Throws()
    {
        var @case = new CaseBuilder()
            .WithMaterials(CaseMaterials.Submitted("business-licence"), CaseMaterials.Missing("lease", "租赁合同"))
            .AwaitingCorrection()
            .Build();

        Assert.Throws<DomainException>(() => @case.ProvideMaterials(["business-licence", "unknown"], Schedule, Monday, Staff.Clerk, Morning(Monday)));
        Assert.Single(@case.Events);
    }

    [Fact]
    public void ProvideMaterials_NotAwaitingCorrection_Throws()
    {
        var @case = new CaseBuilder().WithMaterials(CaseMaterials.Missing("lease", "租赁合同")).Build();

        Assert.Throws<DomainException>(() => @case.ProvideMaterials(["lease"], Schedule, Monday, Staff.Clerk, Morning(Monday)));
        Assert.Single(@case.MissingMaterials);
    }
}
