using HallDesk.Domain.Cases;

namespace HallDesk.Domain.Tests.Cases;

/// <summary>全区通办: a case accepted in one hall is collected at another the citizen chose.</summary>
public class CaseCollectionHallTests
{
    private static readonly DateTime Now = CaseDays.Morning(CaseDays.Monday.AddDays(2));

    [Fact]
    public void CollectionHall_NotChosen_IsTheAcceptingHall()
    {
        var @case = new CaseBuilder().Accepted().Build();

        Assert.Equal("H01", @case.CollectionHallCode);
        Assert.Null(@case.DeliveryHallName);
    }

    [Fact]
    public void ChooseCollectionHall_AnotherHall_IsRecordedInTheHistory()
    {
        var @case = new CaseBuilder().Accepted().Build();

        @case.ChooseCollectionHall("XY", "向阳街道便民服务中心", Staff.Clerk, Now);

        Assert.Equal("XY", @case.CollectionHallCode);
        Assert.Equal("向阳街道便民服务中心", @case.DeliveryHallName);
        Assert.Contains(@case.Events, e => e.Action == "选择取件大厅" && e.Detail.Contains("向阳街道便民服务中心"));
    }

    [Fact]
    public void DeliverAtWindow_AtTheChosenHall_Delivers()
    {
        var @case = new CaseBuilder().Concluded().Build();
        @case.ChooseCollectionHall("XY", "向阳街道便民服务中心", Staff.Clerk, Now);

        @case.DeliverAtWindow(SampleApplicants.InPerson, Staff.Clerk, "XY", Now);

        Assert.Equal(CaseStatus.Delivered, @case.Status);
    }

    [Fact]
    public void DeliverAtWindow_AtTheAcceptingHallAfterChoosingAnother_IsRefusedAndNamesTheHall()
    {
        var @case = new CaseBuilder().Concluded().Build();
        @case.ChooseCollectionHall("XY", "向阳街道便民服务中心", Staff.Clerk, Now);

        var ex = Assert.Throws<DomainException>(() => @case.DeliverAtWindow(SampleApplicants.InPerson, Staff.Clerk, "H01", Now));

        Assert.Contains("向阳街道便民服务中心", ex.Message);
        Assert.Equal(CaseStatus.Concluded, @case.Status);
    }

    [Fact]
    public void ChooseCollectionHall_BackToTheAcceptingHall_ClearsTheChoice()
    {
        var @case = new CaseBuilder().Accepted().Build();
        @case.ChooseCollectionHall("XY", "向阳街道便民服务中心", Staff.Clerk, Now);

        @case.ChooseCollectionHall("H01", "爱民区政务服务中心", Staff.Clerk, Now);

        Assert.Equal("H01", @case.CollectionHallCode);
        Assert.Null(@case.DeliveryHallCode);
    }

    [Fact]
    public void ChooseCollectionHall_AfterDelivery_Throws()
    {
        var @case = new CaseBuilder().Concluded().Build();
        @case.DeliverAtWindow(SampleApplicants.InPerson, Staff.Clerk, "H01", Now);

        Assert.Throws<DomainException>(() => @case.ChooseCollectionHall("XY", "向阳街道便民服务中心", Staff.Clerk, Now));
    }

    [Fact]
    public void ChooseCollectionHall_TheSameHall_Throws() =>
        Assert.Throws<DomainException>(() => new CaseBuilder().Accepted().Build().ChooseCollectionHall("H01", "爱民区政务服务中心", Staff.Clerk, Now));
}
