using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using AlnDecisions.Server.Security;

namespace AlnDecisions.Server.Telemetry;

/// <summary>OpenTelemetry for the host: request spans and metrics from ASP.NET Core, the service's own from <see cref="DecisionMetrics"/>.</summary>
internal static class TelemetrySetup
{
    public static void AddAlnTelemetry(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        builder.Services.AddSingleton<DecisionMetrics>();
        builder.Services.AddHostedService<RuleSetTelemetry>();

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithTracing(tracing => tracing
                .AddSource(DecisionMetrics.Name)
                .AddAspNetCoreInstrumentation(aspnet =>
                {
                    // Probes every few seconds are noise; a query string is the caller's text and never a span attribute.
                    aspnet.Filter = context => !context.Request.Path.StartsWithSegments("/grpc.health.v1.Health") && !context.Request.Path.StartsWithSegments("/health");
                    aspnet.EnrichWithHttpRequest = (activity, _) => activity.SetTag("url.query", null);
                    aspnet.RecordException = false;
                }))
            .WithMetrics(metrics => metrics
                .AddMeter(DecisionMetrics.Name)
                .AddAspNetCoreInstrumentation());

        if (!string.IsNullOrWhiteSpace(options.OtlpEndpoint))
        {
            if (!Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out var endpoint))
            {
                throw new RefusedToStartException($"Telemetry:OtlpEndpoint '{options.OtlpEndpoint}' is not an absolute URI (e.g. http://otel-collector:4317).");
            }

            var protocol = options.OtlpProtocol.Trim().ToLowerInvariant() switch
            {
                "grpc" => OtlpExportProtocol.Grpc,
                "http/protobuf" => OtlpExportProtocol.HttpProtobuf,
                _ => throw new RefusedToStartException($"Telemetry:OtlpProtocol '{options.OtlpProtocol}' is neither grpc nor http/protobuf."),
            };
            telemetry.UseOtlpExporter(protocol, endpoint);
        }
    }
}
