using System.Collections.Frozen;
using AlnDecisions.Contract.V1;
using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Authorization;

namespace AlnDecisions.Server.Security;

/// <summary>
/// Which policy guards each gRPC method (and so its JSON route, which is the same endpoint's
/// twin). A method missing from the table is refused to everyone: adding an RPC to the proto
/// closes it until a line here says who may call it.
/// </summary>
public static class MethodPolicies
{
    private static readonly FrozenDictionary<string, string> Policies = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Key(DecisionService.Descriptor.FullName, nameof(DecisionService.DecisionServiceBase.Decide))] = AlnPolicies.Decide,
        [Key(DecisionService.Descriptor.FullName, nameof(DecisionService.DecisionServiceBase.DecideStream))] = AlnPolicies.Decide,
        [Key(DecisionService.Descriptor.FullName, nameof(DecisionService.DecisionServiceBase.ListRuleSets))] = AlnPolicies.ListRuleSets,
        [Key(DecisionService.Descriptor.FullName, nameof(DecisionService.DecisionServiceBase.GetDecision))] = AlnPolicies.ReadDecisions,
        [Key(DecisionService.Descriptor.FullName, nameof(DecisionService.DecisionServiceBase.ListDecisions))] = AlnPolicies.ReadDecisions,
        [Key(DecisionService.Descriptor.FullName, nameof(DecisionService.DecisionServiceBase.RecordOutcome))] = AlnPolicies.RecordOutcomes,
        [Key(DecisionService.Descriptor.FullName, nameof(DecisionService.DecisionServiceBase.EraseCase))] = AlnPolicies.EraseCases,
        [Key("grpc.reflection.v1alpha.ServerReflection", "ServerReflectionInfo")] = AlnPolicies.AnyCaller,
        [Key("grpc.reflection.v1.ServerReflection", "ServerReflectionInfo")] = AlnPolicies.AnyCaller,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The policy for <paramref name="service"/>/<paramref name="method"/>, or <see cref="AlnPolicies.Unassigned"/>.</summary>
    public static string For(string service, string method) => Policies.GetValueOrDefault(Key(service, method), AlnPolicies.Unassigned);

    /// <summary>Gives every endpoint of a mapped gRPC service (and its JSON twins) its method's policy.</summary>
    public static TBuilder RequireMethodPolicies<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<GrpcMethodMetadata>().FirstOrDefault() is { } grpc)
            {
                endpoint.Metadata.Add(new AuthorizeAttribute(For(grpc.Method.ServiceName, grpc.Method.Name)));
            }
        });
        return builder;
    }

    private static string Key(string service, string method) => service + "/" + method;
}
