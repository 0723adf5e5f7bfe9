using AlnDecisions.Rules.Catalog;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AlnDecisions.Server.Hosting;

/// <summary>Healthy while at least one rule set serves; degraded while some file's edit is rejected.</summary>
internal sealed class RuleSetHealthCheck(RuleSetRegistry registry) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var catalog = registry.Current;
        if (catalog.RuleSets.Count == 0)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("no rule set is serving"));
        }

        var rejected = catalog.Files.Count(file => file.RejectedEdit.Count > 0);
        return Task.FromResult(rejected > 0
            ? HealthCheckResult.Degraded($"{rejected} rule-set file(s) have rejected edits; see ListRuleSets")
            : HealthCheckResult.Healthy($"{catalog.RuleSets.Count} rule-set versions serving"));
    }
}
