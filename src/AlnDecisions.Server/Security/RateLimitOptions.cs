using System.ComponentModel.DataAnnotations;

namespace AlnDecisions.Server.Security;

/// <summary>
/// Per-caller limits (the <c>RateLimits</c> section): a token bucket per caller, where a caller is
/// a token's subject and authority, or a remote address when nobody is authenticated. Every call
/// and every item of a DecideStream takes one token.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string Section = "RateLimits";

    /// <summary>Default: true. Off only for a measurement on loopback.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The most tokens a caller can hold: the largest burst. Default: 200.</summary>
    [Range(1, 1_000_000)]
    public int TokenLimit { get; set; } = 200;

    /// <summary>Tokens added per period. Default: 100 (with the default period, 100 decisions a second sustained).</summary>
    [Range(1, 1_000_000)]
    public int TokensPerPeriod { get; set; } = 100;

    /// <summary>The replenishment period in milliseconds. Default: 1000.</summary>
    [Range(10, 3_600_000)]
    public int PeriodMilliseconds { get; set; } = 1000;
}
