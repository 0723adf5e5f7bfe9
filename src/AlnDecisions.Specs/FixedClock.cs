namespace AlnDecisions.Specs;

/// <summary>A clock stopped at one instant, so a scenario without a decision date decides as of a known day.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
