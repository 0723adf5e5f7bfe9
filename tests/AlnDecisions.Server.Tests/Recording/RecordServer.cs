namespace AlnDecisions.Server.Tests.Recording;

/// <summary>
/// An authenticated host with its own SQLite record, for the record's round trips and roles. Powys
/// keeps its records for 30 days (an authority's own retention); everyone else the default.
/// </summary>
public sealed class RecordServer : LoopbackServer
{
    public TestTokens Tokens { get; } = new();

    public static TimeSpan PowysRetention { get; } = TimeSpan.FromDays(30);

    /// <summary>Bearer metadata for <paramref name="subject"/> acting for <paramref name="authority"/> in <paramref name="roles"/> (mis when none).</summary>
    public Grpc.Core.Metadata As(string authority, params string[] roles) =>
        TestTokens.Bearer(Tokens.Mint($"{string.Join('-', roles.DefaultIfEmpty("mis"))}-{authority}", authority, roles.Length == 0 ? ["mis"] : roles));

    public string Token(string authority, params string[] roles) =>
        Tokens.Mint($"{string.Join('-', roles.DefaultIfEmpty("mis"))}-{authority}", authority, roles.Length == 0 ? ["mis"] : roles);

    protected override IEnumerable<string> Arguments() =>
    [
        .. Tokens.HostArguments(),
        $"--DecisionStore:Retention:Authorities:powys={PowysRetention:c}",
        // The round trips make many calls with few tokens; the rate limit has tests of its own.
        "--RateLimits:TokenLimit=100000",
        "--RateLimits:TokensPerPeriod=100000",
    ];
}

[CollectionDefinition(Name)]
public sealed class RecordServerCollection : ICollectionFixture<RecordServer>
{
    public const string Name = "record server";
}
