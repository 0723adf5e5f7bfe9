using System.Net;
using AlnDecisions.Contract;
using AlnDecisions.Rules.Catalog;
using AlnDecisions.Server.Services;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace AlnDecisions.Server.Hosting;

/// <summary>Builds the service's web application; Program and the integration tests start the same host.</summary>
public static class AlnDecisionsHost
{
    /// <summary>
    /// Builds the host and loads its rules. <paramref name="configure"/> lets tests override
    /// configuration before services are built.
    /// </summary>
    public static async Task<WebApplication> BuildAsync(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);

        builder.Services.AddOptions<ServiceOptions>().BindConfiguration(ServiceOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<RuleSetOptions>().BindConfiguration(RuleSetOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        var serviceOptions = builder.Configuration.GetSection(ServiceOptions.Section).Get<ServiceOptions>() ?? new ServiceOptions();
        var ruleSetOptions = builder.Configuration.GetSection(RuleSetOptions.Section).Get<RuleSetOptions>() ?? new RuleSetOptions();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            var address = IPAddress.Parse(serviceOptions.BindAddress);
            kestrel.Listen(address, serviceOptions.GrpcPort, listen => listen.Protocols = HttpProtocols.Http2);
            kestrel.Listen(address, serviceOptions.HttpPort, listen => listen.Protocols = HttpProtocols.Http1);
        });

        var rulesDirectory = RulesDirectory.Resolve(ruleSetOptions.Directory, Directory.GetCurrentDirectory());
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<LoadedRules>();
        builder.Services.AddSingleton(services => services.GetRequiredService<LoadedRules>().Pipeline);
        builder.Services.AddSingleton(services => services.GetRequiredService<DecisionPipeline>().Registry);
        builder.Services.AddHostedService<RuleSetHostedWatcher>();
        builder.Services.AddGrpc(grpc => grpc.EnableDetailedErrors = false).AddJsonTranscoding(json =>
            // Error details (google.rpc.BadRequest) must be known to the JSON writer, or a 400 becomes a 500.
            json.TypeRegistry = Google.Protobuf.Reflection.TypeRegistry.FromMessages(Google.Rpc.BadRequest.Descriptor));
        builder.Services.AddGrpcReflection();
        builder.Services.AddGrpcHealthChecks().AddCheck<RuleSetHealthCheck>("rule-sets");

        var app = builder.Build();
        app.MapGrpcService<DecisionGrpcService>();
        app.MapGrpcReflectionService();
        app.MapGrpcHealthChecksService();
        app.MapGet("/", () => Results.Text("AlnDecisions: gRPC aln.decisions.v1.DecisionService; POST /v1/decisions:decide; GET /v1/rule-sets\n"));

        // Load the rules before the host starts listening: a service that answers has rules to answer with.
        await app.Services.GetRequiredService<LoadedRules>().LoadAsync(rulesDirectory);
        return app;
    }
}
