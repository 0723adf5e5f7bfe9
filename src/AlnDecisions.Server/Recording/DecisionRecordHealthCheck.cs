using AlnDecisions.Store;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AlnDecisions.Server.Recording;

/// <summary>
/// Readiness: unhealthy while the decision record's database does not answer, since every decision
/// is then refused (UNAVAILABLE) and a load balancer should send callers to a replica that records.
/// Liveness never depends on it: an outage of the database must not restart every replica in a loop.
/// </summary>
/// <remarks>
/// Probes may come often (and the gRPC health service runs the checks on every call), so one ping
/// answers every probe for <see cref="Freshness"/>: the database sees a ping a second at most.
/// </remarks>
internal sealed class DecisionRecordHealthCheck(DecisionStore store, TimeProvider clock) : IHealthCheck
{
    public const string Name = "decision-record";

    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PingTimeout = TimeSpan.FromSeconds(2);
    private readonly Lock _gate = new();
    private Task<HealthCheckResult>? _last;
    private long _lastStarted;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_last is null || (_last.IsCompleted && clock.GetElapsedTime(_lastStarted) >= Freshness))
            {
                _lastStarted = clock.GetTimestamp();
                _last = PingAsync();
            }

            return _last.WaitAsync(cancellationToken);
        }
    }

    private async Task<HealthCheckResult> PingAsync()
    {
        using var timeout = new CancellationTokenSource(PingTimeout, clock);
        try
        {
            await store.PingAsync(timeout.Token);
            return HealthCheckResult.Healthy("the decision record answers");
        }
        catch (DecisionStoreUnavailableException)
        {
            return HealthCheckResult.Unhealthy("the decision record's database does not answer: decisions are refused (UNAVAILABLE) until it does");
        }
        catch (OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"the decision record's database did not answer within {PingTimeout.TotalSeconds:0} s");
        }
    }
}
