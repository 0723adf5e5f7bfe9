namespace AlnDecisions.Domain.Timescales;

/// <summary>Whether the day of the event that starts the clock is the period's first day.</summary>
public enum PeriodStart
{
    /// <summary>
    /// The period begins the day after the event ("six weeks beginning with the day after receipt",
    /// reg 11): N weeks after D end on D + 7N, and the first school day is the first after D.
    /// </summary>
    DayAfterEvent,

    /// <summary>
    /// The period begins on the day of the event: N weeks from D end on D + 7N - 1, and the first
    /// school day is D itself when D is a school day.
    /// </summary>
    DayOfEvent,
}
