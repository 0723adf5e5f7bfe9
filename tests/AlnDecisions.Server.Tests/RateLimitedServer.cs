namespace AlnDecisions.Server.Tests;

/// <summary>An authenticated host whose callers each get a bucket of 3 tokens, refilled at 1 a second.</summary>
public sealed class RateLimitedServer : LoopbackServer
{
    public const int Burst = 3;

    public TestTokens Tokens { get; } = new();

    protected override IEnumerable<string> Arguments() =>
    [
        .. Tokens.HostArguments(),
        $"--RateLimits:TokenLimit={Burst}",
        "--RateLimits:TokensPerPeriod=1",
        "--RateLimits:PeriodMilliseconds=1000",
    ];
}

[CollectionDefinition(Name)]
public sealed class RateLimitedServerCollection : ICollectionFixture<RateLimitedServer>
{
    public const string Name = "rate-limited server";
}
