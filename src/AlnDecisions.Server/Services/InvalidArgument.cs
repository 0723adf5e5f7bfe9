using AlnDecisions.Contract;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace AlnDecisions.Server.Services;

/// <summary>INVALID_ARGUMENT with a google.rpc.BadRequest naming every bad field.</summary>
internal static class InvalidArgument
{
    public static RpcException For(IReadOnlyList<FieldViolation> violations) => Status(violations).ToRpcException();

    /// <summary>The status itself, for a stream item that fails while the stream goes on.</summary>
    public static Google.Rpc.Status Status(IReadOnlyList<FieldViolation> violations)
    {
        var badRequest = new BadRequest();
        badRequest.FieldViolations.AddRange(violations.Select(v => new BadRequest.Types.FieldViolation
        {
            Field = v.Field,
            Description = v.Description,
        }));

        var summary = string.Join("; ", badRequest.FieldViolations.Select(v => $"{v.Field}: {v.Description}"));
        return new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = summary,
            Details = { Any.Pack(badRequest) },
        };
    }
}
