using HallDesk.Domain.Cases;

namespace HallDesk.Domain.Tests.Cases;

public sealed class CaseAgencyPointTests
{
    [Fact]
    public void TakenInAtAgencyPoint_NamesThePoint_AndRecordsTheStep()
    {
        var c = new CaseBuilder().Build();

        c.TakenInAtAgencyPoint("XY01", "向阳社区代办点", "向阳社区代办员", CaseDays.Morning(CaseDays.Monday));

        Assert.True(c.ByAgencyPoint);
        Assert.Equal(("XY01", "向阳社区代办点"), (c.AgencyPointCode, c.AgencyPointName));
        var step = Assert.Single(c.Events);
        Assert.Equal((CaseJournal.AgencyIntake, "向阳社区代办点", "向阳社区代办员"), (step.Action, step.Detail, step.Actor));
    }

    [Fact]
    public void TakenInAtAgencyPoint_Twice_IsRefused()
    {
        var c = new CaseBuilder().Build();
        c.TakenInAtAgencyPoint("XY01", "向阳社区代办点", "向阳社区代办员", CaseDays.Morning(CaseDays.Monday));

        var error = Assert.Throws<DomainException>(() => c.TakenInAtAgencyPoint("SDG01", "北安村代办点", "北安村代办员", CaseDays.Morning(CaseDays.Monday)));

        Assert.Equal("Case.AgencyPointTwice", error.Key);
        Assert.Equal("XY01", c.AgencyPointCode);
    }

    [Fact]
    public void AtAWindow_NoPoint()
    {
        Assert.False(new CaseBuilder().Build().ByAgencyPoint);
    }
}
