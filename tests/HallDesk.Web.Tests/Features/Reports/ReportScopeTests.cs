using HallDesk.Data;
using HallDesk.Web.Features.Reports;

namespace HallDesk.Web.Tests.Features.Reports;

/// <summary>Whose figures a report holds: a hall manager their own hall only, district roles any hall or every hall side by side.</summary>
public sealed class ReportScopeTests
{
    private static StaffMember Staff(string role, string hall) => new("id", "user", new HashSet<string> { role }, hall, null, null);

    [Theory]
    [InlineData("all", ReportDimension.Line)]
    [InlineData("AM", ReportDimension.Line)]
    [InlineData("am", ReportDimension.Item)]
    [InlineData(null, ReportDimension.Hall)]
    [InlineData("XY", ReportDimension.Hall)]
    public void HallManager_AskingBeyondTheirHall_IsRefused_AndKeptToTheirHall(string? hall, ReportDimension by)
    {
        var scope = ReportScope.Of(Staff(Roles.Manager, "XY"), hall, by);

        Assert.Equal(("XY", ReportScope.OwnHallOnly), (scope.Hall, scope.Refusal));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("xy")]
    public void HallManager_OwnHallOrNone_ReadsTheirHall(string? hall)
    {
        var scope = ReportScope.Of(Staff(Roles.Manager, "XY"), hall, ReportDimension.Line);

        Assert.Equal(("XY", (string?)null), (scope.Hall, scope.Refusal));
    }

    [Theory]
    [InlineData(Roles.DistrictManager)]
    [InlineData(Roles.Admin)]
    public void DistrictRole_ReadsAnyHall_AndEveryHallByHall(string role)
    {
        var district = Staff(role, "AM");

        Assert.Equal(("SDG", (string?)null), (ReportScope.Of(district, "sdg", ReportDimension.Counter).Hall, ReportScope.Of(district, "sdg", ReportDimension.Counter).Refusal));
        Assert.Null(ReportScope.Of(district, null, ReportDimension.Hall).Hall);
        Assert.Null(ReportScope.Of(district, "all", ReportDimension.Line).Hall);
        Assert.Equal("AM", ReportScope.Of(district, null, ReportDimension.Line).Hall);
    }
}
