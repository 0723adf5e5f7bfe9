namespace AlnDecisions.Server.Hosting;

/// <summary>Today's date where the law applies: a request with no decision date is decided as of today in Europe/London.</summary>
public sealed class LondonCalendar(TimeProvider clock)
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>Today's date in Europe/London.</summary>
    public DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), London).DateTime);
}
