using System.Globalization;
using AlnDecisions.Contract;
using AlnDecisions.Server.Telemetry;
using Google.Protobuf.Reflection;
using Google.Rpc;
using Grpc.Core;
using Microsoft.AspNetCore.Grpc.JsonTranscoding;

namespace AlnDecisions.Server.Hosting;

/// <summary>
/// Checks the query string of a JSON call whose fields come from it (a <c>GET</c> such as
/// <c>/v1/decisions?caseReference=…</c>) before JSON transcoding reads it. Transcoding ignores a
/// parameter it does not know, so a misspelt filter would silently list everything; here it is
/// INVALID_ARGUMENT (400) naming the parameter, as an unknown body field is. Values are checked by
/// type without being quoted back: a query string can carry whatever a caller put in it.
/// </summary>
internal sealed partial class QueryStringGuard(RequestDelegate next, DecisionMetrics metrics, ILogger<QueryStringGuard> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var transcoding = context.GetEndpoint()?.Metadata.GetMetadata<GrpcJsonTranscodingMetadata>();
        if (transcoding is null || EdgeAnswer.IsGrpc(context) || context.Request.Query.Count == 0 || transcoding.HttpRule.Body.Length > 0)
        {
            await next(context);
            return;
        }

        var violations = Check(context.Request.Query, transcoding.MethodDescriptor.InputType, PathTemplate(transcoding.HttpRule));
        if (violations.Count == 0)
        {
            await next(context);
            return;
        }

        metrics.Refused(RefusalReasons.InvalidArgument);
        if (logger.IsEnabled(LogLevel.Information))
        {
            // Known parameter names come from the contract; anything else is the caller's text.
            var fields = string.Join(", ", violations.Select(v => ProtoJsonShape.FieldNamed(transcoding.MethodDescriptor.InputType, v.Field) is null ? "?" : v.Field).Distinct(StringComparer.Ordinal));
            LogRefused(logger, transcoding.MethodDescriptor.Name, fields);
        }

        var badRequest = new BadRequest();
        badRequest.FieldViolations.AddRange(violations.Select(v => new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description }));
        await EdgeAnswer.WriteAsync(context, new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = string.Join("; ", violations.Select(v => $"{v.Field}: {v.Description}")),
            Details = { Google.Protobuf.WellKnownTypes.Any.Pack(badRequest) },
        }, StatusCodes.Status400BadRequest);
    }

    /// <summary>Every parameter of <paramref name="query"/> that <paramref name="message"/> does not take from a query string, or takes a value of another type.</summary>
    internal static List<FieldViolation> Check(IQueryCollection query, MessageDescriptor message, string pathTemplate)
    {
        var violations = new List<FieldViolation>();
        foreach (var (name, values) in query)
        {
            var shown = EdgeAnswer.Excerpt(name);
            var field = ProtoJsonShape.FieldNamed(message, name);
            if (field is null || field.FieldType == FieldType.Message)
            {
                violations.Add(new(shown, $"not a query parameter of this call: {ProtoJsonShape.UnknownField(name, message)}"));
                continue;
            }

            if (pathTemplate.Contains("{" + field.Name, StringComparison.Ordinal))
            {
                violations.Add(new(field.JsonName, "is given in the path, not the query string"));
                continue;
            }

            if (values.Count > 1 && !field.IsRepeated)
            {
                violations.Add(new(field.JsonName, "is given more than once"));
                continue;
            }

            if (values.Any(value => !Fits(field, value ?? string.Empty)) && Expected(field) is { } expected)
            {
                violations.Add(new(field.JsonName, $"expected {expected}"));
            }
        }

        return violations;
    }

    private static bool Fits(FieldDescriptor field, string value) => field.FieldType switch
    {
        FieldType.Enum => field.EnumType.FindValueByName(value) is not null
            || (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && field.EnumType.FindValueByNumber(number) is not null),
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
        FieldType.UInt32 or FieldType.Fixed32 => uint.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _),
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
        FieldType.UInt64 or FieldType.Fixed64 => ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _),
        FieldType.Bool => value is "true" or "false",
        _ => true,
    };

    private static string? Expected(FieldDescriptor field) => field.FieldType switch
    {
        FieldType.Enum => "one of " + string.Join(" ", field.EnumType.Values.Where(v => v.Number != 0).Select(v => v.Name)),
        FieldType.Bool => "true or false",
        FieldType.String or FieldType.Bytes => null,
        _ => "a whole number",
    };

    private static string PathTemplate(Google.Api.HttpRule rule) => rule.PatternCase switch
    {
        Google.Api.HttpRule.PatternOneofCase.Get => rule.Get,
        Google.Api.HttpRule.PatternOneofCase.Delete => rule.Delete,
        Google.Api.HttpRule.PatternOneofCase.Post => rule.Post,
        Google.Api.HttpRule.PatternOneofCase.Put => rule.Put,
        Google.Api.HttpRule.PatternOneofCase.Patch => rule.Patch,
        _ => string.Empty,
    };

    [LoggerMessage(EventId = 2208, Level = LogLevel.Information, Message = "Refused a JSON {Method} call before reading it: query parameters {Fields}")]
    private static partial void LogRefused(ILogger logger, string method, string fields);
}
