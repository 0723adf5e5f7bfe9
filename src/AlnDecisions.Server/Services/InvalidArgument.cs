using AlnDecisions.Contract;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace AlnDecisions.Server.Services;

/// <summary>INVALID_ARGUMENT with a google.rpc.BadRequest naming every bad field.</summary>
internal static class InvalidArgument
{
    public static RpcException For(IReadOnlyList<FieldViolation> violations, string? prefix = null)
    {
        var badRequest = new BadRequest();
        badRequest.FieldViolations.AddRange(violations.Select(v => new BadRequest.Types.FieldViolation
        {
            Field = prefix is null ? v.Field : $"{prefix}.{v.Field}",
            Description = v.Description,
        }));

        var summary = string.Join("; ", badRequest.FieldViolations.Select(v => $"{v.Field}: {v.Description}"));
        var status = new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = summary,
            Details = { Any.Pack(badRequest) },
        };
        return status.ToRpcException();
    }
}
