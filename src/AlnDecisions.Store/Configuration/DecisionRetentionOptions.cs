namespace AlnDecisions.Store.Configuration;

/// <summary>How long records are kept, counted from when each was recorded; each authority may set its own.</summary>
public sealed class DecisionRetentionOptions
{
    /// <summary>
    /// Retention for an authority without its own setting. Default: 2557 days (seven years), a
    /// common records-management period; each authority should set its own policy.
    /// </summary>
    public TimeSpan Default { get; set; } = TimeSpan.FromDays(2557);

    /// <summary>Authority code to its retention period. Default: none.</summary>
    public Dictionary<string, TimeSpan> Authorities { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How often the retention job deletes expired records. Default: one hour.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The retention that applies to <paramref name="authority"/>.</summary>
    public TimeSpan For(string authority) =>
        Authorities.TryGetValue(authority, out var period) ? period : Default;
}
