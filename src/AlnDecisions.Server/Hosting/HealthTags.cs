namespace AlnDecisions.Server.Hosting;

/// <summary>
/// Health-check tags and the gRPC health service names they answer under. A liveness probe asks
/// <see cref="LivenessService"/> (is the process answering?); a readiness probe asks
/// <see cref="ReadinessService"/> or the decision service's own name (has the catalog loaded, and
/// does a rule set serve?). The empty name is overall: every check.
/// </summary>
public static class HealthTags
{
    /// <summary>Checks a liveness probe runs.</summary>
    public const string Live = "live";

    /// <summary>Checks a readiness probe runs.</summary>
    public const string Ready = "ready";

    /// <summary>gRPC health service name for liveness probes.</summary>
    public const string LivenessService = "liveness";

    /// <summary>gRPC health service name for readiness probes.</summary>
    public const string ReadinessService = "readiness";
}
