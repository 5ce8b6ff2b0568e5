using HallDesk.Web.Tests.Infrastructure;

namespace HallDesk.Web.Tests.Features.Account;

/// <summary>Few failed sign-ins allowed per address; every other door wide open (each attempt also loads the form).</summary>
public sealed class LoginDoorFactory : HallDeskFactory
{
    public const int Failures = 3;

    protected override IReadOnlyDictionary<string, int> RateLimits => new Dictionary<string, int>(base.RateLimits) { ["LoginFailuresPerAddress"] = Failures };
}
