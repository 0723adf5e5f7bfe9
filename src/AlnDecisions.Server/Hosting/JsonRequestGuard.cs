using AlnDecisions.Contract;
using AlnDecisions.Server.Telemetry;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Microsoft.AspNetCore.Grpc.JsonTranscoding;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace AlnDecisions.Server.Hosting;

/// <summary>
/// Reads a JSON call's body before JSON transcoding does, and refuses it with INVALID_ARGUMENT
/// (HTTP 400) and a <c>google.rpc.BadRequest</c> naming each field that is not what the contract
/// says (<see cref="ProtoJsonShape"/>). A body transcoding would choke on never reaches it, so
/// no exception text, .NET type name or echoed value reaches the caller, and the refusal is logged
/// once, at Information, by field name only.
/// </summary>
internal sealed partial class JsonRequestGuard(RequestDelegate next, IOptions<RequestLimitsOptions> limits, DecisionMetrics metrics, ILogger<JsonRequestGuard> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var transcoding = context.GetEndpoint()?.Metadata.GetMetadata<GrpcJsonTranscodingMetadata>();
        if (transcoding is null || EdgeAnswer.IsGrpc(context) || BodyMessage(transcoding) is not { } message)
        {
            await next(context);
            return;
        }

        var endpoint = transcoding.MethodDescriptor.Name;
        if (!IsUtf8Json(context.Request))
        {
            metrics.Refused(RefusalReasons.UnsupportedMediaType);
            LogRefused(logger, endpoint, "(content type)");
            await EdgeAnswer.WriteAsync(context, StatusCode.InvalidArgument, "send the body as application/json in UTF-8", StatusCodes.Status415UnsupportedMediaType);
            return;
        }

        var body = await ReadBodyAsync(context, limits.Value.MaxMessageBytes);
        if (body is null)
        {
            metrics.Refused(RefusalReasons.TooLarge);
            LogRefused(logger, endpoint, "(body size)");
            // The rest of the body is never read, so this connection cannot carry another request.
            context.Response.Headers.Connection = "close";
            await EdgeAnswer.WriteAsync(context, StatusCode.ResourceExhausted, $"the body is larger than {limits.Value.MaxMessageBytes} bytes", StatusCodes.Status413PayloadTooLarge);
            return;
        }

        var violations = ProtoJsonShape.Check(body.GetBuffer().AsSpan(0, (int)body.Length), message);
        if (violations.Count > 0)
        {
            metrics.Refused(RefusalReasons.InvalidArgument);
            if (logger.IsEnabled(LogLevel.Information))
            {
                var fields = LoggableFields.Of(violations.Select(v => v.Field));
                LogRefused(logger, endpoint, fields);
            }

            await EdgeAnswer.WriteAsync(context, BadRequestStatus(violations), StatusCodes.Status400BadRequest);
            return;
        }

        body.Position = 0;
        context.Request.Body = body;
        await next(context);
    }

    private static MessageDescriptor? BodyMessage(GrpcJsonTranscodingMetadata transcoding) => transcoding.HttpRule.Body switch
    {
        "" => null,
        "*" => transcoding.MethodDescriptor.InputType,
        var field => transcoding.MethodDescriptor.InputType.FindFieldByName(field)?.MessageType,
    };

    private static bool IsUtf8Json(Microsoft.AspNetCore.Http.HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase))
        && (!type.Charset.HasValue || type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    /// <summary>The whole body, or null when it is longer than <paramref name="limit"/>.</summary>
    private static async Task<MemoryStream?> ReadBodyAsync(HttpContext context, int limit)
    {
        if (context.Request.ContentLength > limit)
        {
            return null;
        }

        var body = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(buffer, context.RequestAborted)) > 0)
            {
                if (body.Length + read > limit)
                {
                    await body.DisposeAsync();
                    return null;
                }

                body.Write(buffer, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await body.DisposeAsync();
            return null;
        }

        context.Response.RegisterForDispose(body);
        return body;
    }

    private static Google.Rpc.Status BadRequestStatus(IReadOnlyList<FieldViolation> violations)
    {
        var badRequest = new BadRequest();
        badRequest.FieldViolations.AddRange(violations.Select(v => new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description }));
        return new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = string.Join("; ", violations.Select(v => $"{(v.Field.Length == 0 ? "body" : v.Field)}: {v.Description}")),
            Details = { Any.Pack(badRequest) },
        };
    }

    [LoggerMessage(EventId = 2201, Level = LogLevel.Information, Message = "Refused a JSON {Method} call before reading it: {Fields}")]
    private static partial void LogRefused(ILogger logger, string method, string fields);
}
