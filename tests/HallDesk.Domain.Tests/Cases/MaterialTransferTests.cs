using HallDesk.Domain.Cases;
using HallDesk.Domain.Catalog;
using static HallDesk.Domain.Tests.Cases.CaseDays;

namespace HallDesk.Domain.Tests.Cases;

public class MaterialTransferTests
{
    private const string Housing = "bdc";
    private static readonly DateTime Noon = Morning(Monday).AddHours(3);
    private static readonly Dictionary<string, string> Names = new() { [Housing] = "区不动产登记中心", [CaseItems.Health] = "卫生健康委" };

    private static CaseMaterial Shared(string key, string name, string holder) => new(key, name, "原件", 1, true, MaterialState.FromDepartment, holder);

    private static ChecklistLine Line(string key, params CaseItem[] asking) =>
        new(new MaterialRequirement(key, key, "原件", 1, true, null, null), asking.Select(i => i.Code).ToList());

    private static readonly ChecklistLine[] FoodChecklist =
        [Line("premises-proof", CaseItems.Food()), Line("business-licence", CaseItems.Food())];

    private static Case FoodCase(Action<CaseBuilder>? more = null)
    {
        var builder = new CaseBuilder().WithMaterials(CaseMaterials.Submitted("business-licence"), Shared("premises-proof", "住所（经营场所）使用证明", Housing));
        more?.Invoke(builder);
        return builder.Build();
    }

    private static IReadOnlyList<MaterialTransfer> Open(Case c, IReadOnlyList<ChecklistLine>? checklist = null, IReadOnlyCollection<string>? requested = null, int days = 1) =>
        MaterialTransfer.OpenFor(c, checklist ?? FoodChecklist, requested ?? [], Names, Schedule, Monday, Noon, days);

    [Fact]
    public void OpenFor_Accepted_OneRequestPerSharedMaterial_ToTheHoldingDepartment()
    {
        var transfer = Assert.Single(Open(FoodCase(b => b.Accepted())));

        Assert.Equal("premises-proof", transfer.MaterialKey);
        Assert.Equal(Housing, transfer.HoldingDepartmentCode);
        Assert.Equal("区不动产登记中心", transfer.HoldingDepartmentName);
        Assert.Equal(CaseItems.Market, transfer.RequestingDepartmentCode);
        Assert.Equal(TransferState.Requested, transfer.State);
        Assert.Equal(Noon, transfer.RequestedAt);
    }

    [Fact]
    public void OpenFor_NotYetAccepted_OpensNothing()
    {
        Assert.Empty(Open(FoodCase()));
    }

    [Fact]
    public void OpenFor_OnlyFromDepartmentMaterials_NotSubmittedOrLicenceOnes()
    {
        var c = new CaseBuilder().WithMaterials(CaseMaterials.Submitted("premises-proof"),
            new CaseMaterial("business-licence", "营业执照", "原件", 1, true, MaterialState.FromLicence, "营业执照 91231004MA72K3QX5M")).Accepted().Build();

        Assert.Empty(Open(c));
    }

    [Fact]
    public void OpenFor_AlreadyRequested_NotAgain()
    {
        Assert.Empty(Open(FoodCase(b => b.Accepted()), requested: ["premises-proof"]));
    }

    [Fact]
    public void OpenFor_HeldByTheAskingDepartmentItself_NeedsNoRequest()
    {
        var c = new CaseBuilder().WithMaterials(Shared("birth-cert", "出生医学证明", CaseItems.Market)).Accepted().Build();

        Assert.Empty(Open(c, [Line("birth-cert", CaseItems.Food())]));
    }

    [Fact]
    public void OpenFor_DueInWorkingDays_OnTheHallCalendar()
    {
        var c = new CaseBuilder().WithMaterials(Shared("premises-proof", "住所（经营场所）使用证明", Housing)).AcceptedOn(Day(9, 30)).Build();

        var transfer = Assert.Single(MaterialTransfer.OpenFor(c, FoodChecklist, [], Names, Schedule, Day(9, 30), Morning(Day(9, 30)), 1));

        Assert.Equal(Day(10, 8), transfer.DueOn); // 10-01 … 10-07 国庆节、中秋节
    }

    [Fact]
    public void OpenFor_LaterStage_WaitsUntilItsStageOpens()
    {
        var hygiene = CaseItems.Hygiene() with { Stage = 2 };
        var checklist = new[] { Line("premises-proof", hygiene) };
        var c = new CaseBuilder().WithItems(CaseItems.Food(), hygiene)
            .WithMaterials(Shared("premises-proof", "住所（经营场所）使用证明", Housing)).Accepted().Build();

        Assert.Empty(Open(c, checklist));

        c.Decide(CaseItems.Market, true, "符合条件", Staff.Reviewer, Noon, Schedule, Monday.AddDays(1));
        var transfer = Assert.Single(Open(c, checklist));
        Assert.Equal(CaseItems.Health, transfer.RequestingDepartmentCode);
    }

    [Fact]
    public void IsOverdue_AfterTheDueDay_WhileNotSupplied()
    {
        var transfer = Open(FoodCase(b => b.Accepted())).Single();

        Assert.False(transfer.IsOverdue(transfer.DueOn));
        Assert.True(transfer.IsOverdue(transfer.DueOn.AddDays(1)));

        transfer.Supply("0123456789abcdef0123456789abcdef", Staff.Reviewer, Noon);
        Assert.False(transfer.IsOverdue(transfer.DueOn.AddDays(1)));
    }

    [Fact]
    public void Supply_Once_RecordsWhoWhenAndTheFile_ThenRefusesAnother()
    {
        var transfer = Open(FoodCase(b => b.Accepted())).Single();

        transfer.Supply("0123456789abcdef0123456789abcdef", Staff.Reviewer, Noon);

        Assert.Equal(TransferState.Supplied, transfer.State);
        Assert.Equal(Staff.Reviewer, transfer.SuppliedBy);
        Assert.Equal(Noon, transfer.SuppliedAt);
        Assert.Equal("0123456789abcdef0123456789abcdef", transfer.FileId);
        var again = Assert.Throws<DomainException>(() => transfer.Confirm("已核验", Staff.Reviewer, Noon));
        Assert.Equal("MaterialTransfer.AlreadyAnswered", again.Key);
        Assert.Throws<DomainException>(() => transfer.Supply("fedcba9876543210fedcba9876543210", Staff.Reviewer, Noon));
        Assert.Equal("0123456789abcdef0123456789abcdef", transfer.FileId);
    }

    [Fact]
    public void Confirm_NeedsANote()
    {
        var transfer = Open(FoodCase(b => b.Accepted())).Single();

        var refused = Assert.Throws<DomainException>(() => transfer.Confirm("  ", Staff.Reviewer, Noon));

        Assert.Equal("MaterialTransfer.NoteRequired", refused.Key);
        Assert.Equal(TransferState.Requested, transfer.State);
        transfer.Confirm("不动产登记系统 权证号 黑(2025)牡丹江市不动产权第0012345号", Staff.Reviewer, Noon);
        Assert.Equal(TransferState.Confirmed, transfer.State);
    }
}
