using AlnDecisions.Rules.Catalog;

namespace AlnDecisions.Server.Hosting;

/// <summary>
/// Whether the rule catalog has loaded. The readiness probe reads this, not the registry, so a host
/// that starts listening before its first load (async start-up) reports NOT_SERVING until the load
/// is done, and liveness (which does not depend on it) stays SERVING meanwhile.
/// </summary>
public sealed class RuleSetReadiness
{
    private readonly Lock _gate = new();
    private readonly List<Action<RuleSetRegistry>> _waiting = [];
    private RuleSetRegistry? _registry;

    /// <summary>The loaded registry, or null before the first load finishes.</summary>
    public RuleSetRegistry? Registry => Volatile.Read(ref _registry);

    /// <summary>Called once by whoever loads the catalog, when the first load is done.</summary>
    public void MarkLoaded(RuleSetRegistry registry)
    {
        Action<RuleSetRegistry>[] waiting;
        lock (_gate)
        {
            if (_registry is not null)
            {
                return;
            }

            Volatile.Write(ref _registry, registry);
            waiting = [.. _waiting];
            _waiting.Clear();
        }

        foreach (var action in waiting)
        {
            action(registry);
        }
    }

    /// <summary>Runs <paramref name="action"/> with the registry now if it has loaded, else when it does.</summary>
    public void WhenLoaded(Action<RuleSetRegistry> action)
    {
        RuleSetRegistry? loaded;
        lock (_gate)
        {
            loaded = _registry;
            if (loaded is null)
            {
                _waiting.Add(action);
            }
        }

        if (loaded is not null)
        {
            action(loaded);
        }
    }
}
