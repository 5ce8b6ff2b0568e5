namespace HallDesk.Domain.Catalog;

public enum DepartmentKind
{
    /// <summary>A government department (行政机关、事业单位).</summary>
    Government = 0,
    /// <summary>公共服务企业: a utility (水、电、气) whose desk takes its part of a bundle through its own inbox.</summary>
    PublicServiceEnterprise = 1,
}
