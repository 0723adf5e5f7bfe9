namespace AlnDecisions.Domain.Timescales;

/// <summary>Where a statutory duty stands against its due date.</summary>
public enum DeadlineStatusKind
{
    /// <summary>Not done, and the due date has not passed (or there is no due date yet).</summary>
    Open,

    /// <summary>Done on or before the due date.</summary>
    Met,

    /// <summary>Done late, or not done and the due date has passed.</summary>
    Breached,

    /// <summary>Late, but meeting it was impractical due to circumstances beyond the body's control (regs 10(4), 11(3)).</summary>
    Excused,

    /// <summary>The clock is paused: no due date can be given until it resumes.</summary>
    Paused,
}
