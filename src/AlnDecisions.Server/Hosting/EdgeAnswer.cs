using System.Globalization;
using System.Text.Encodings.Web;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Rpc;
using Grpc.Core;

namespace AlnDecisions.Server.Hosting;

/// <summary>
/// How the edge answers a call it refuses before any service code runs (authentication,
/// authorization, rate limits, unreadable JSON): a gRPC call gets a real <c>grpc-status</c>
/// (a bare HTTP status would be mapped by clients, 429 to UNAVAILABLE), and a JSON call gets the
/// HTTP status with the same <c>google.rpc.Status</c> body JSON transcoding writes.
/// </summary>
internal static class EdgeAnswer
{
    private static readonly JsonFormatter Json = new(JsonFormatter.Settings.Default
        .WithFormatDefaultValues(false)
        .WithTypeRegistry(TypeRegistry.FromMessages(BadRequest.Descriptor)));

    public static bool IsGrpc(HttpContext context) =>
        context.Request.ContentType is { } type && type.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase);

    public static Task WriteAsync(HttpContext context, StatusCode code, string message, int httpStatus) =>
        WriteAsync(context, new Google.Rpc.Status { Code = (int)code, Message = message }, httpStatus);

    public static async Task WriteAsync(HttpContext context, Google.Rpc.Status status, int httpStatus)
    {
        var response = context.Response;
        if (response.HasStarted)
        {
            return;
        }

        if (IsGrpc(context))
        {
            // A trailers-only response: HTTP 200 with the status in the headers and no body, as the gRPC
            // protocol specifies for a call that fails before any message.
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "application/grpc";
            response.Headers["grpc-status"] = status.Code.ToString(CultureInfo.InvariantCulture);
            response.Headers["grpc-message"] = Uri.EscapeDataString(status.Message);
            if (status.Details.Count > 0)
            {
                response.Headers["grpc-status-details-bin"] = Convert.ToBase64String(status.ToByteArray());
            }

            return;
        }

        response.StatusCode = httpStatus;
        response.ContentType = "application/json; charset=utf-8";
        await response.WriteAsync(Json.Format(status), context.RequestAborted);
    }

    /// <summary>At most <paramref name="limit"/> characters of caller text, with anything unprintable escaped, for an error message.</summary>
    public static string Excerpt(string text, int limit = 40)
    {
        var cut = text.Length > limit ? text[..limit] + "…" : text;
        return JavaScriptEncoder.Default.Encode(cut);
    }
}
