using HallDesk.Domain.Cases;
using HallDesk.Domain.Online;
using HallDesk.Domain.Tests.Cases;

namespace HallDesk.Domain.Tests.Online;

public class OnlineApplicationTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 1, 0, 0, DateTimeKind.Utc);

    private static OnlineApplication Submitted() =>
        new("WS202612010001", "AM", "23100400SJ-XK-0001", "食品经营许可", false, SampleApplicants.Person(), Now, new DateOnly(2026, 12, 2));

    [Fact]
    public void New_AwaitsReview_WithItsDeadline()
    {
        var application = Submitted();

        Assert.True(application.AwaitsReview);
        Assert.Equal(new DateOnly(2026, 12, 2), application.ReviewDueOn);
        Assert.Equal(SampleApplicants.Person().IdNumber, application.Applicant.IdNumber);
    }

    [Fact]
    public void RequestCorrection_ThenResubmit_AwaitsReviewAgainWithNewDeadline()
    {
        var application = Submitted();

        application.RequestCorrection("营业场所平面图不清晰", "李清", Now.AddHours(1));
        Assert.Equal(OnlineApplicationStatus.AwaitingCorrection, application.Status);
        Assert.Throws<DomainException>(() => application.Accept("AM-1", "李清", Now.AddHours(2)));

        application.Resubmit(Now.AddHours(3), new DateOnly(2026, 12, 3));

        Assert.True(application.AwaitsReview);
        Assert.Equal(new DateOnly(2026, 12, 3), application.ReviewDueOn);
        Assert.Equal(["online.submitted", "online.correction", "online.resubmitted"], application.History.Select(e => e.Action));
    }

    [Fact]
    public void RequestCorrection_WithoutNote_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => Submitted().RequestCorrection(" ", "李清", Now));

        Assert.Equal("Online.CorrectionNoteRequired", error.Key);
    }

    [Fact]
    public void Resubmit_WhenNotAskedForCorrection_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => Submitted().Resubmit(Now, new DateOnly(2026, 12, 2)));

        Assert.Equal("Online.NotAwaitingCorrection", error.Key);
    }

    [Fact]
    public void Accept_RecordsTheCase_AndCannotBeDecidedTwice()
    {
        var application = Submitted();

        application.Accept("AM20261201-0001", "李清", Now);

        Assert.Equal("AM20261201-0001", application.CaseNumber);
        Assert.Equal("Online.NotAwaitingReview", Assert.Throws<DomainException>(() => application.Reject("重复", "李清", Now)).Key);
    }

    [Fact]
    public void Reject_NeedsAReason()
    {
        var application = Submitted();

        Assert.Equal("Online.RejectReasonRequired", Assert.Throws<DomainException>(() => application.Reject("", "李清", Now)).Key);
        application.Reject("不属于本区管辖", "李清", Now);
        Assert.Equal(OnlineApplicationStatus.NotAccepted, application.Status);
    }

    [Fact]
    public void FormatNumber_IsWsDateSequence() =>
        Assert.Equal("WS202612010012", OnlineApplication.FormatNumber(new DateOnly(2026, 12, 1), 12));
}
