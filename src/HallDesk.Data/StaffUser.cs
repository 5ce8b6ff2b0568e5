using Microsoft.AspNetCore.Identity;

namespace HallDesk.Data;

/// <summary>A staff account: clerk, reviewer, manager or admin.</summary>
public sealed class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>工号, shown on the counter screen beside the clerk's name.</summary>
    public string StaffNumber { get; set; } = "";

    public string HallCode { get; set; } = "";

    /// <summary>Reviewers belong to one department; empty for other roles.</summary>
    public string? DepartmentCode { get; set; }

    /// <summary>代办员: the 代办点 the agent works at (its parent hall is <see cref="HallCode"/>); empty for other roles.</summary>
    public string? AgencyPointCode { get; set; }

    /// <summary>审批 permission: may take the second step of a two-step sign-off (after another reviewer's 审核).</summary>
    public bool CanApprove { get; set; }
}
