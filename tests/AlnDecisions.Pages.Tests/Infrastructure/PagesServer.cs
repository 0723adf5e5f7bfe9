using AlnDecisions.Server.Tests;

namespace AlnDecisions.Pages.Tests.Infrastructure;

/// <summary>The real host on loopback with JWT authentication on, as a deployment runs it behind the proxy that adds each user's token.</summary>
public sealed class PagesServer : LoopbackServer
{
    public TestTokens Tokens { get; } = new();

    /// <summary>A bearer token acting for <paramref name="authority"/> in <paramref name="roles"/>.</summary>
    public string Token(string authority, params string[] roles) =>
        Tokens.Mint($"{string.Join('-', roles)}-{authority}", authority, roles);

    protected override IEnumerable<string> Arguments() =>
    [
        .. Tokens.HostArguments(),
        // Every page view and decision of the browser tests is one call; the rate limit has tests of its own.
        "--RateLimits:TokenLimit=100000",
        "--RateLimits:TokensPerPeriod=100000",
    ];
}
