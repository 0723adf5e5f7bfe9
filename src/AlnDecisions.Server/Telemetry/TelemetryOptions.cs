namespace AlnDecisions.Server.Telemetry;

/// <summary>Where telemetry goes (the <c>Telemetry</c> section). Metrics and traces are always recorded; nothing leaves the process unless an exporter is configured.</summary>
public sealed class TelemetryOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string Section = "Telemetry";

    /// <summary>The OTLP collector, e.g. <c>http://otel-collector:4317</c>. Default: empty, no exporter.</summary>
    public string OtlpEndpoint { get; set; } = string.Empty;

    /// <summary><c>grpc</c> (default, port 4317) or <c>http/protobuf</c> (port 4318).</summary>
    public string OtlpProtocol { get; set; } = "grpc";

    /// <summary>The <c>service.name</c> resource attribute. Default: <c>aln-decisions</c>.</summary>
    public string ServiceName { get; set; } = "aln-decisions";
}
