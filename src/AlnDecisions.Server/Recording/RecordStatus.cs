using Grpc.Core;

namespace AlnDecisions.Server.Recording;

/// <summary>The statuses the decision record answers with. No message quotes a caller's value or a case fact.</summary>
internal static class RecordStatus
{
    /// <summary>The record cannot be written or read just now; the store recovers by itself when its database does.</summary>
    public static RpcException Unavailable(string what) =>
        new(new Status(StatusCode.Unavailable, $"the decision record is unavailable, so {what}; retry later"));

    public static Google.Rpc.Status UnavailableStatus(string what) => new()
    {
        Code = (int)StatusCode.Unavailable,
        Message = $"the decision record is unavailable, so {what}; retry later",
    };

    public static RpcException NotFound() =>
        new(new Status(StatusCode.NotFound, "no decision with this id is recorded (never made, or erased, or past its authority's retention)"));

    public static RpcException NotRecording() =>
        new(new Status(StatusCode.FailedPrecondition, "this service does not record decisions (DecisionRecord:Enabled is false)"));
}
