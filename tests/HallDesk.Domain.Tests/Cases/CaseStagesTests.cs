using HallDesk.Domain.Cases;
using static HallDesk.Domain.Tests.Cases.CaseDays;

namespace HallDesk.Domain.Tests.Cases;

/// <summary>一件事一条链: 企业开办's stages on a case.</summary>
public class CaseStagesTests
{
    private static readonly DateTime Later = Morning(Monday.AddDays(1));

    private static CaseItem Registration() => new("SL", "企业设立登记", "scjg", "区市场监督管理局", 1, false, Stage: 1, Yields: "营业执照");

    private static CaseItem Seal() => new("YZ", "印章刻制备案", "ga", "公安分局", 0, true, Stage: 2);

    private static CaseItem Invoice() => new("FP", "发票申领", "sw", "区税务局", 0, true, Stage: 2);

    private static CaseMaterial LicenceFromStage() =>
        new("business-licence", "营业执照", "复印件", 1, true, MaterialState.FromStage, "企业设立登记办结后自动调用电子证照营业执照", "营业执照");

    private static Case NewCompany(bool deliverEachResult = false)
    {
        var company = new Applicant(ApplicantKind.Organisation, "牡丹江新禾商贸有限公司", "", "13812345678", "李四", null);
        var items = new[] { Registration(), Seal(), Invoice() };
        return new Case("AM202603020001", "AM", null, Staff.Clerk, company, "YJS-0001", "企业开办", true, items,
            [CaseMaterials.Submitted("application-qysl", "公司登记（备案）申请书"), LicenceFromStage()], Morning(Monday), deliverEachResult: deliverEachResult);
    }

    [Fact]
    public void Accept_InStages_OpensOnlyTheFirstStageAndPromisesTheSumOfStages()
    {
        var @case = NewCompany();

        @case.Accept(Schedule, Monday, Staff.Clerk, Morning(Monday));

        var task = Assert.Single(@case.Tasks);
        Assert.Equal("scjg", task.DepartmentCode);
        Assert.Equal(1, @case.CurrentStage);
        Assert.Equal(Monday.AddDays(2), @case.PromisedDate); // 1 + 1 working days
        Assert.Equal(StageState.NotOpened, @case.StateOf(2));
    }

    [Fact]
    public void Decide_LastTaskOfStageApproved_OpensNextStageWithDeadlinesFromThatDay()
    {
        var @case = NewCompany();
        @case.Accept(Schedule, Monday, Staff.Clerk, Morning(Monday));
        var tuesday = Monday.AddDays(1);

        @case.Decide("scjg", true, "准予设立登记", Staff.Reviewer, Later, Schedule, tuesday);

        Assert.Equal(2, @case.CurrentStage);
        Assert.Equal(CaseStatus.UnderReview, @case.Status);
        var opened = @case.Tasks.Where(t => t.Stage == 2).ToList();
        Assert.Equal(["ga", "sw"], opened.Select(t => t.DepartmentCode));
        Assert.All(opened, t => Assert.Equal(ReviewStatus.Pending, t.Status)); // nobody at the window: 即办 parts become tasks
        Assert.All(opened, t => Assert.Equal(tuesday.AddDays(1), t.PromisedDate));
        Assert.Equal(CaseJournal.StageOpened, @case.Events[^1].Action);
    }

    [Fact]
    public void Decide_FirstStageDenied_StopsTheChainAndConcludesDenied()
    {
        var @case = NewCompany();
        @case.Accept(Schedule, Monday, Staff.Clerk, Morning(Monday));

        @case.Decide("scjg", false, "名称不符合规定", Staff.Reviewer, Later, Schedule, Monday.AddDays(1));

        Assert.Single(@case.Tasks);
        Assert.Equal(CaseStatus.Concluded, @case.Status);
        Assert.Equal(CaseOutcome.Denied, @case.Outcome);
        Assert.Equal(StageState.Stopped, @case.StateOf(1));
    }

    [Fact]
    public void Decide_AllStagesApproved_ConcludesApproved()
    {
        var @case = NewCompany();
        @case.Accept(Schedule, Monday, Staff.Clerk, Morning(Monday));
        @case.Decide("scjg", true, "准予", Staff.Reviewer, Later, Schedule, Monday.AddDays(1));

        @case.Decide("ga", true, "已备案", Staff.Reviewer, Later, Schedule, Monday.AddDays(1));
        @case.Decide("sw", true, "已核定", Staff.Reviewer, Later, Schedule, Monday.AddDays(1));

        Assert.Equal(CaseStatus.Concluded, @case.Status);
        Assert.Equal(CaseOutcome.Approved, @case.Outcome);
    }

    [Fact]
    public void RecordLicence_StageOneApproved_SuppliesLaterMaterialsAndGivesTheCompanyItsCode()
    {
        var @case = NewCompany();
        @case.Accept(Schedule, Monday, Staff.Clerk, Morning(Monday));
        @case.Decide("scjg", true, "准予", Staff.Reviewer, Later, Schedule, Monday.AddDays(1));
        var due = Assert.Single(@case.LicencesDue);

        @case.RecordLicence(due.Code, "91231004MA00000123", "91231004MA00000123", Later);

        var licence = @case.Materials.Single(m => m.Key == "business-licence");
        Assert.Equal(MaterialState.FromLicence, licence.State);
        Assert.Equal("电子证照 营业执照 91231004MA00000123", licence.Source);
        Assert.Equal("91231004MA00000123", @case.ApplicantIdNumber);
        Assert.Empty(@case.LicencesDue);
    }

    [Fact]
    public void RecordLicence_BeforeItsItemIsApproved_Throws()
    {
        var @case = NewCompany();
        @case.Accept(Schedule, Monday, Staff.Clerk, Morning(Monday));

        var ex = Assert.Throws<DomainException>(() => @case.RecordLicence("SL", "91231004MA00000123", "91231004MA00000123", Later));

        Assert.Equal("Case.NoLicenceDue", ex.Key);
        Assert.Equal(MaterialState.FromStage, @case.Materials.Single(m => m.Key == "business-licence").State);
    }

    [Fact]
    public void SupplierOf_MaterialAskedOnlyByLaterStage_IsTheEarlierItemThatIssuesIt()
    {
        CaseItem[] items = [Registration(), Seal(), Invoice()];

        Assert.Equal("SL", Case.SupplierOf(items, "营业执照", ["YZ", "FP"])?.Code);
        Assert.Null(Case.SupplierOf(items, "营业执照", ["SL", "YZ"])); // stage 1 itself asks for it: the applicant brings it
        Assert.Null(Case.SupplierOf(items, "居民身份证", ["YZ"]));
        Assert.True(Case.RegistersCompany(items));
    }

    [Fact]
    public void HandOverStageResults_OnlyWhenTheApplicantAskedForEachResult()
    {
        var once = NewCompany();
        var each = NewCompany(deliverEachResult: true);
        foreach (var c in new[] { once, each })
        {
            c.Accept(Schedule, Monday, Staff.Clerk, Morning(Monday));
            c.Decide("scjg", true, "准予", Staff.Reviewer, Later, Schedule, Monday.AddDays(1));
        }

        Assert.Equal("Case.DeliveredOnceOnly", Assert.Throws<DomainException>(() => once.HandOverStageResults(Staff.Clerk, Later)).Key);
        each.HandOverStageResults(Staff.Clerk, Later);
        Assert.Equal(1, each.HandedOverStage);
        Assert.Equal("Case.NoStageResultReady", Assert.Throws<DomainException>(() => each.HandOverStageResults(Staff.Clerk, Later)).Key);
    }

    [Fact]
    public void Validate_CompanyBeingRegistered_MayHaveNoCreditCodeYet()
    {
        var company = new Applicant(ApplicantKind.Organisation, "牡丹江新禾商贸有限公司", "", "13812345678", "李四", null);

        Assert.Empty(company.Validate(beingRegistered: true));
        Assert.Contains("idNumber", company.Validate().Keys);
    }
}
