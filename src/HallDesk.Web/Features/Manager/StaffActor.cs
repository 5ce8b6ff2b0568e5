using System.Security.Claims;
using HallDesk.Web.Components;
using HallDesk.Data;
using Microsoft.AspNetCore.Components.Authorization;

namespace HallDesk.Web.Features.Manager;

public static class StaffActor
{
    /// <summary>The signed-in staff member as the audit log names them.</summary>
    public static async Task<Actor> OfAsync(Task<AuthenticationState> state, ClientAddress? address)
    {
        var user = (await state).User;
        return new Actor(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", user.Identity?.Name ?? "", address?.Value);
    }
}
