using System.Text.Json;
using AlnDecisions.Contract.V1;
using Grpc.AspNetCore.HealthChecks;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AlnDecisions.Server.Hosting;

/// <summary>
/// Health for probes and people. gRPC (<c>grpc.health.v1.Health/Check</c>): "" overall,
/// <c>aln.decisions.v1.DecisionService</c> and <c>readiness</c> for readiness, <c>liveness</c> for
/// liveness; Degraded is SERVING. HTTP: <c>/health/live</c> and <c>/health/ready</c> answer 200 with
/// <c>Healthy</c> or <c>Degraded</c> (rule-set problems, last good versions serving) and 503 with
/// <c>Unhealthy</c>, with each check's description, never case data.
/// </summary>
internal static class HealthEndpoints
{
    public static void AddAlnHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<LivenessHealthCheck>("process", tags: [HealthTags.Live]);
        services.Configure<GrpcHealthChecksOptions>(options =>
        {
            options.Services.Remove(string.Empty);
            options.Services.Map(string.Empty, _ => true);
            options.Services.Map(DecisionService.Descriptor.FullName, check => check.Tags.Contains(HealthTags.Ready));
            options.Services.Map(HealthTags.ReadinessService, check => check.Tags.Contains(HealthTags.Ready));
            options.Services.Map(HealthTags.LivenessService, check => check.Tags.Contains(HealthTags.Live));
        });
    }

    /// <summary>Probes carry no token and must not be starved by a busy caller.</summary>
    public static TBuilder AsProbe<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AllowAnonymous().DisableRateLimiting();

    public static void MapAlnHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", Options(HealthTags.Live)).AsProbe();
        endpoints.MapHealthChecks("/health/ready", Options(HealthTags.Ready)).AsProbe();
    }

    private static HealthCheckOptions Options(string tag) => new()
    {
        Predicate = check => check.Tags.Contains(tag),
        ResponseWriter = WriteAsync,
    };

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new Dictionary<string, object>
        {
            ["status"] = report.Status.ToString(),
            ["checks"] = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description ?? string.Empty }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
