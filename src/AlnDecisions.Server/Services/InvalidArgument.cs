using AlnDecisions.Contract;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace AlnDecisions.Server.Services;

/// <summary>INVALID_ARGUMENT with a google.rpc.BadRequest naming every bad field.</summary>
internal static class InvalidArgument
{
    private const int MaxViolations = 50;
    private const int MaxFieldLength = 120;
    private const int MaxDescriptionLength = 300;
    private const int MaxSummaryLength = 1024;

    public static RpcException For(IReadOnlyList<FieldViolation> violations) => Status(violations).ToRpcException();

    /// <summary>The status itself, for a stream item that fails while the stream goes on.</summary>
    public static Google.Rpc.Status Status(IReadOnlyList<FieldViolation> violations)
    {
        // Caps, whatever the validation says: the status travels in trailers, and a client that
        // cannot read an oversized trailer hangs to its deadline instead of seeing the error.
        var badRequest = new BadRequest();
        badRequest.FieldViolations.AddRange(violations.Take(MaxViolations).Select(v => new BadRequest.Types.FieldViolation
        {
            Field = Cap(v.Field, MaxFieldLength),
            Description = Cap(v.Description, MaxDescriptionLength),
        }));

        var summary = Cap(string.Join("; ", badRequest.FieldViolations.Select(v => $"{v.Field}: {v.Description}")), MaxSummaryLength);
        return new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = summary,
            Details = { Any.Pack(badRequest) },
        };
    }

    private static string Cap(string text, int limit) => text.Length <= limit ? text : text[..(limit - 1)] + "…";
}
