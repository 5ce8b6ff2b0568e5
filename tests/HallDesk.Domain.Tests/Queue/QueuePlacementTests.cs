using HallDesk.Domain.Queue;

namespace HallDesk.Domain.Tests.Queue;

public class QueuePlacementTests
{
    private static readonly DateTime Now = At.Minute(60);

    [Fact]
    public void Behind_FewerWaitingThanK_ReturnsNow()
    {
        DateTime[] waiting = [At.Minute(1), At.Minute(2)];

        var place = QueuePlacement.Behind(waiting, behind: 3, Now);

        Assert.Equal(Now, place);
    }

    [Fact]
    public void Behind_ExactlyKWaiting_ReturnsNow()
    {
        DateTime[] waiting = [At.Minute(1), At.Minute(2), At.Minute(3)];

        var place = QueuePlacement.Behind(waiting, behind: 3, Now);

        Assert.Equal(Now, place);
    }

    [Fact]
    public void Behind_NobodyWaiting_ReturnsNow()
    {
        var place = QueuePlacement.Behind([], behind: 3, Now);

        Assert.Equal(Now, place);
    }

    [Fact]
    public void Behind_MoreThanKWaitingInAnyOrder_ReturnsStrictlyBetweenTheKthAndTheNext()
    {
        DateTime[] waiting = [At.Minute(50), At.Minute(10), At.Minute(40), At.Minute(20), At.Minute(30)];

        var place = QueuePlacement.Behind(waiting, behind: 3, Now);

        Assert.True(place > At.Minute(30), $"{place:O} should come after the 3rd person");
        Assert.True(place < At.Minute(40), $"{place:O} should come before the 4th person");
    }

    [Fact]
    public void Behind_MoreThanKWaiting_LeavesExactlyKAhead()
    {
        DateTime[] waiting = [At.Minute(5), At.Minute(6), At.Minute(7), At.Minute(8)];

        var place = QueuePlacement.Behind(waiting, behind: 2, Now);

        Assert.Equal(2, QueuePlacement.Ahead(waiting, place));
    }

    [Fact]
    public void Behind_NeighboursOneTickApart_StaysAfterTheKth()
    {
        var kth = At.Minute(5);
        DateTime[] waiting = [kth, kth.AddTicks(1)];

        var place = QueuePlacement.Behind(waiting, behind: 1, Now);

        Assert.True(place > kth);
    }

    [Fact]
    public void Behind_Zero_ReturnsBeforeTheFirst()
    {
        DateTime[] waiting = [At.Minute(20), At.Minute(10)];

        var place = QueuePlacement.Behind(waiting, behind: 0, Now);

        Assert.True(place < At.Minute(10));
        Assert.Equal(0, QueuePlacement.Ahead(waiting, place));
    }

    [Fact]
    public void Ahead_CountsOnlyEarlierQueueTimes()
    {
        DateTime[] waiting = [At.Minute(1), At.Minute(5), At.Minute(9), At.Minute(3)];

        var ahead = QueuePlacement.Ahead(waiting, At.Minute(5));

        Assert.Equal(2, ahead);
    }

    [Fact]
    public void Ahead_FirstInLine_IsZero()
    {
        DateTime[] waiting = [At.Minute(1), At.Minute(5)];

        var ahead = QueuePlacement.Ahead(waiting, At.Minute(1));

        Assert.Equal(0, ahead);
    }

    [Fact]
    public void ForTransfer_Head_IsJustBeforeTheEarliestWaiting()
    {
        var place = QueuePlacement.ForTransfer(TransferPosition.Head, At.Minute(5), At.Minute(20), Now);

        Assert.True(place < At.Minute(5));
        Assert.True(place > At.Minute(4));
    }

    [Fact]
    public void ForTransfer_HeadWithNobodyWaiting_IsNow()
    {
        Assert.Equal(Now, QueuePlacement.ForTransfer(TransferPosition.Head, null, At.Minute(20), Now));
    }

    [Fact]
    public void ForTransfer_TailIsNow_ByIssueTimeIsTheIssueTime()
    {
        Assert.Equal(Now, QueuePlacement.ForTransfer(TransferPosition.Tail, At.Minute(5), At.Minute(20), Now));
        Assert.Equal(At.Minute(20), QueuePlacement.ForTransfer(TransferPosition.ByIssueTime, At.Minute(5), At.Minute(20), Now));
    }
}
