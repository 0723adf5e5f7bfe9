namespace AlnDecisions.Store.Retention;

/// <summary>One run of the retention job.</summary>
/// <param name="At">When it ran, by the job's clock.</param>
/// <param name="Deleted">How many expired records it deleted.</param>
/// <param name="Succeeded">False when the store was unavailable or the sweep failed; the next sweep tries again.</param>
public sealed record RetentionSweep(DateTimeOffset At, int Deleted, bool Succeeded);
