using AlnDecisions.Rules.Catalog;
using AlnDecisions.Server.Hosting;

namespace AlnDecisions.Server.Telemetry;

/// <summary>
/// Turns the registry's reloads into metrics once the catalog has loaded (whenever that is: the
/// host may load it before or after it starts listening).
/// </summary>
internal sealed class RuleSetTelemetry(RuleSetReadiness readiness, DecisionMetrics metrics) : IHostedService
{
    private readonly Lock _gate = new();
    private RuleSetCatalog? _previous;
    private RuleSetRegistry? _registry;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        metrics.Observe(() => readiness.Registry?.Current);
        readiness.WhenLoaded(registry =>
        {
            lock (_gate)
            {
                _registry = registry;
                _previous = registry.Current;
                registry.Reloaded += OnReloaded;
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_registry is not null)
            {
                _registry.Reloaded -= OnReloaded;
            }
        }

        return Task.CompletedTask;
    }

    private void OnReloaded(RuleSetCatalog next)
    {
        lock (_gate)
        {
            metrics.Reloaded(NewlyRejected(_previous, next));
            _previous = next;
        }
    }

    /// <summary>Files rejected now that were not rejected, or were rejected for other problems, before: each is one rejected edit.</summary>
    private static int NewlyRejected(RuleSetCatalog? previous, RuleSetCatalog next)
    {
        var before = Rejections(previous);
        return Rejections(next).Count(rejection => !before.TryGetValue(rejection.Key, out var problems) || problems != rejection.Value);
    }

    private static Dictionary<string, string> Rejections(RuleSetCatalog? catalog)
    {
        if (catalog is null)
        {
            return [];
        }

        return catalog.Files.Where(f => f.RejectedEdit.Count > 0).Select(f => (f.File, Problems: f.RejectedEdit))
            .Concat(catalog.CalendarProblems.GroupBy(p => "calendars/" + p.File, StringComparer.Ordinal).Select(g => (File: g.Key, Problems: (IReadOnlyList<AlnDecisions.Rules.RuleSets.RuleSetProblem>)g.ToList())))
            .GroupBy(r => r.File, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join("\n", g.SelectMany(r => r.Problems).Select(p => p.ToString())), StringComparer.Ordinal);
    }
}
