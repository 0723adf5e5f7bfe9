using AlnDecisions.Domain.Facts;
using AlnDecisions.Rules.Facts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AlnDecisions.Rules.Catalog;

/// <summary>
/// Holds the catalog that serves now. <see cref="Current"/> is one reference read, so requests
/// never wait for a reload; a reload builds the next catalog off to the side and swaps it in whole.
/// The core takes a directory and gives a catalog: watching the directory is the host's business.
/// </summary>
public sealed partial class RuleSetRegistry : IDisposable
{
    private readonly SemaphoreSlim _reloadGate = new(1, 1);
    private readonly ILogger _logger;
    private readonly TimeProvider _clock;
    private RuleSetCatalog _current;

    private RuleSetRegistry(RuleSetCatalog initial, TimeProvider clock, ILogger logger)
    {
        _current = initial;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>The catalog serving now.</summary>
    public RuleSetCatalog Current => Volatile.Read(ref _current);

    /// <summary>Raised after each reload, with the catalog now serving.</summary>
    public event Action<RuleSetCatalog>? Reloaded;

    /// <summary>
    /// Loads <paramref name="directory"/> for requests carrying <paramref name="requestFacts"/> (the
    /// contract's facts). Problems are recorded, not thrown: the service starts with what is valid.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    public static async Task<RuleSetRegistry> LoadAsync(string directory, FactSchema requestFacts, TimeProvider? clock = null, ILogger? logger = null)
    {
        clock ??= TimeProvider.System;
        logger ??= NullLogger.Instance;
        var started = clock.GetTimestamp();
        var catalog = await RuleSetCatalogBuilder.BuildAsync(directory, FactModels.For(requestFacts), null, clock);
        var registry = new RuleSetRegistry(catalog, clock, logger);
        registry.LogOutcome(catalog, clock.GetElapsedTime(started));
        return registry;
    }

    /// <inheritdoc />
    public void Dispose() => _reloadGate.Dispose();

    /// <summary>Re-reads the directory; a rejected edit keeps the last good version of that file serving.</summary>
    public async Task<RuleSetCatalog> ReloadAsync()
    {
        await _reloadGate.WaitAsync();
        try
        {
            var started = _clock.GetTimestamp();
            var previous = Current;
            RuleSetCatalog next;
            try
            {
                next = await RuleSetCatalogBuilder.BuildAsync(previous.Directory, previous.Model, previous, _clock);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                LogReloadFailed(_logger, ex.GetType().Name);
                return previous;
            }

            Volatile.Write(ref _current, next);
            LogOutcome(next, _clock.GetElapsedTime(started));
            Reloaded?.Invoke(next);
            return next;
        }
        finally
        {
            _reloadGate.Release();
        }
    }

    private void LogOutcome(RuleSetCatalog catalog, TimeSpan took)
    {
        LogLoaded(_logger, catalog.RuleSets.Count, catalog.Directory, took.TotalMilliseconds);
        foreach (var problem in catalog.Problems)
        {
            LogProblem(_logger, problem.ToString());
        }
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Serving {Count} rule-set versions from {Directory} (built in {Milliseconds:F0} ms)")]
    private static partial void LogLoaded(ILogger logger, int count, string directory, double milliseconds);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Rule-set edit rejected; the last good version keeps serving: {Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "Reading the rules directory failed ({Reason}); the current rule sets keep serving")]
    private static partial void LogReloadFailed(ILogger logger, string reason);
}
