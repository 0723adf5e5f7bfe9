using AlnDecisions.Store.Internal;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AlnDecisions.Store.Retention;

/// <summary>
/// Deletes expired decision records: once at start, then every
/// <see cref="DecisionStore.RetentionSweepInterval"/> on the given clock. A failed sweep is logged
/// and the job carries on.
/// </summary>
public sealed class DecisionRetentionService(DecisionStore store, TimeProvider clock, ILogger<DecisionRetentionService>? logger = null) : BackgroundService
{
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    /// <summary>Raised after every sweep, successful or not (for metrics and tests).</summary>
    public event EventHandler<RetentionSweep>? SweepCompleted;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(store.RetentionSweepInterval, clock);
        do
        {
            RetentionSweep sweep;
            try
            {
                var deleted = await store.DeleteExpiredAsync(stoppingToken);
                StoreLog.Swept(_logger, deleted);
                sweep = new RetentionSweep(clock.GetUtcNow(), deleted, Succeeded: true);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                StoreLog.SweepFailed(_logger, e);
                sweep = new RetentionSweep(clock.GetUtcNow(), 0, Succeeded: false);
            }

            SweepCompleted?.Invoke(this, sweep);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
