using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AlnDecisions.Server.Hosting;

/// <summary>
/// Readiness: unhealthy until the catalog has loaded and while no rule set serves; degraded (still
/// SERVING over gRPC, "Degraded" on <c>/health/ready</c>) while some file's edit is rejected, since
/// the last good versions keep answering and <c>ListRuleSets</c> shows the problems.
/// </summary>
internal sealed class RuleSetHealthCheck(RuleSetReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (readiness.Registry is not { } registry)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("the rule catalog has not loaded yet"));
        }

        var catalog = registry.Current;
        if (catalog.RuleSets.Count == 0)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("no rule set is serving"));
        }

        // Problems, not only rejected files, so that whatever the catalog reports (duplicate versions,
        // a missing authority file) shows here as it does in ListRuleSets.
        var problems = catalog.Problems.Count();
        return Task.FromResult(problems > 0
            ? HealthCheckResult.Degraded($"{problems} problem(s) in the rules directory; the last good versions serve; see ListRuleSets")
            : HealthCheckResult.Healthy($"{catalog.RuleSets.Count} rule-set versions serving"));
    }
}
