using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AlnDecisions.Server.Hosting;

/// <summary>
/// Liveness: the process is running its request pipeline, which an answer to this check proves.
/// It deliberately depends on nothing else, so a rules directory with problems makes the pod
/// unready (or degraded) but never gets it restarted in a loop.
/// </summary>
internal sealed class LivenessHealthCheck : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(HealthCheckResult.Healthy("answering"));
}
