using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AlnDecisions.Server.Tests;

/// <summary>
/// The host as production runs it: JWT bearer authentication, every log category at Information
/// (the most an operator might turn on), and in-memory telemetry exporters in place of OTLP.
/// </summary>
public sealed class SecuredServer : LoopbackServer
{
    public TestTokens Tokens { get; } = new();

    public LogCapture Logs { get; } = new();

    public List<Activity> Spans { get; } = [];

    public List<MetricSnapshot> Metrics { get; } = [];

    public string Token(string subject, string authority = "gwynedd", params string[] roles) =>
        Tokens.Mint(subject, authority, roles.Length == 0 ? ["mis"] : roles);

    /// <summary>Pushes every span and metric recorded so far into <see cref="Spans"/> and <see cref="Metrics"/>.</summary>
    public void FlushTelemetry()
    {
        Services.GetRequiredService<TracerProvider>().ForceFlush();
        Services.GetRequiredService<MeterProvider>().ForceFlush();
    }

    protected override IEnumerable<string> Arguments() =>
    [
        .. Tokens.HostArguments(),
        "--Logging:LogLevel:Default=Information",
        "--Logging:LogLevel:Microsoft.AspNetCore=Information",
        "--Logging:LogLevel:Grpc=Information",
    ];

    protected override void Configure(WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders().AddProvider(Logs);
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans));
        builder.Services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(Metrics));
    }
}

/// <summary>
/// Runs alone, after the parallel collections. Every host in this process has a meter named
/// <c>AlnDecisions.Server</c>; when another test's host is disposed, OpenTelemetry drops the
/// metric streams of that name from every listener, this host's exporter included. A deployment
/// runs one host per process, so only tests meet this.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SecuredServerCollection : ICollectionFixture<SecuredServer>
{
    public const string Name = "secured server";
}
