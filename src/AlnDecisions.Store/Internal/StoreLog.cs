using Microsoft.Extensions.Logging;

namespace AlnDecisions.Store.Internal;

/// <summary>The store's log lines. None carries case facts or case references: ids and counts only.</summary>
internal static partial class StoreLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Debug, Message = "Committed {Count} decision records in one transaction")]
    public static partial void BatchCommitted(ILogger logger, int count);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Decision store unavailable; appends fail fast for {RetryInterval} before the next attempt")]
    public static partial void Unavailable(ILogger logger, TimeSpan retryInterval, Exception exception);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "Decision store available again")]
    public static partial void Recovered(ILogger logger);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "Decision store schema migrated on {Backend}: applied version {Version}")]
    public static partial void Migrated(ILogger logger, string backend, int version);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Information, Message = "Retention sweep deleted {Count} expired decision records")]
    public static partial void Swept(ILogger logger, int count);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Warning, Message = "No decision store key is configured: generated {Path}. A copy of the database file alone reveals nothing, a copy of the whole data directory does; configure DecisionStore:Encryption for a deployment")]
    public static partial void GeneratedKeyFile(ILogger logger, string path);

    [LoggerMessage(EventId = 4107, Level = LogLevel.Warning, Message = "Retention sweep failed; the next sweep tries again")]
    public static partial void SweepFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4108, Level = LogLevel.Information, Message = "Erased {Count} decision records of one case reference")]
    public static partial void Erased(ILogger logger, int count);

    [LoggerMessage(EventId = 4109, Level = LogLevel.Error, Message = "A decision record append failed for a reason other than availability")]
    public static partial void AppendFailed(ILogger logger, Exception exception);
}
