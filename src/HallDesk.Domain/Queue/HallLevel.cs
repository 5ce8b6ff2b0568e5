namespace HallDesk.Domain.Queue;

/// <summary>两级大厅: the district centre and the street/township service centres under it.</summary>
public enum HallLevel
{
    /// <summary>区级政务服务中心.</summary>
    District = 0,
    /// <summary>街道/乡镇便民服务中心.</summary>
    SubHall = 1,
}
