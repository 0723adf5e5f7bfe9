namespace AlnDecisions.Domain.Timescales;

/// <summary>Judges a duty against its due date.</summary>
public static class DeadlineStatus
{
    /// <summary>
    /// Met when done on or before the due date. Done late, or not done with <paramref name="asOf"/>
    /// after the due date, is Breached, or Excused when the body recorded that meeting it was
    /// impractical due to circumstances beyond its control (ALN (Wales) Regulations 2021 regs 10(4),
    /// 11(3)). Anything else is Open, including a period with no due date (a paused clock or a
    /// missing calendar): without a due date nothing can be judged late.
    /// </summary>
    /// <param name="dueDate">The due date, or null when there is none yet.</param>
    /// <param name="metOn">The day the duty was done, or null if it has not been.</param>
    /// <param name="asOf">The day the question is asked (injected, never read from a clock here).</param>
    /// <param name="excusedWithReason">Whether the body recorded why meeting the deadline was impractical.</param>
    public static DeadlineStatusKind StatusOf(DateOnly? dueDate, DateOnly? metOn, DateOnly asOf, bool excusedWithReason)
    {
        if (dueDate is not { } due)
        {
            return DeadlineStatusKind.Open;
        }

        var late = metOn is { } met ? met > due : asOf > due;
        if (!late)
        {
            return metOn is null ? DeadlineStatusKind.Open : DeadlineStatusKind.Met;
        }

        return excusedWithReason ? DeadlineStatusKind.Excused : DeadlineStatusKind.Breached;
    }
}
