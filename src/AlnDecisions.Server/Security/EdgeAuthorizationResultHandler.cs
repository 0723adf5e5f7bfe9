using AlnDecisions.Server.Hosting;
using AlnDecisions.Server.Pages;
using AlnDecisions.Server.Telemetry;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace AlnDecisions.Server.Security;

/// <summary>
/// Answers a refused call itself rather than through the authentication handler's challenge: gRPC
/// gets <c>UNAUTHENTICATED</c> or <c>PERMISSION_DENIED</c> as a real grpc-status, JSON and pages
/// get 401 (with <c>WWW-Authenticate: Bearer</c>) or 403 with a status body, and a page for people
/// (<see cref="PanelPageMetadata"/>) gets the same status with a page saying it in Welsh and English.
/// </summary>
internal sealed partial class EdgeAuthorizationResultHandler(DecisionMetrics metrics, ILogger<EdgeAuthorizationResultHandler> logger) : IAuthorizationMiddlewareResultHandler
{
    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded)
        {
            await next(context);
            return;
        }

        var endpoint = context.GetEndpoint()?.DisplayName ?? context.Request.Path.Value ?? string.Empty;
        if (authorizeResult.Challenged)
        {
            metrics.Refused(RefusalReasons.Unauthenticated);
            LogUnauthenticated(logger, endpoint);
            context.Response.Headers.WWWAuthenticate = "Bearer";
            if (IsPage(context))
            {
                await PageAnswer.WriteRefusalAsync(context, StatusCodes.Status401Unauthorized);
                return;
            }

            await EdgeAnswer.WriteAsync(context, StatusCode.Unauthenticated, "a bearer token from the service's issuer is required", StatusCodes.Status401Unauthorized);
            return;
        }

        metrics.Refused(RefusalReasons.PermissionDenied);
        LogForbidden(logger, endpoint);
        if (IsPage(context))
        {
            await PageAnswer.WriteRefusalAsync(context, StatusCodes.Status403Forbidden);
            return;
        }

        await EdgeAnswer.WriteAsync(context, StatusCode.PermissionDenied, "this caller's role may not call this method", StatusCodes.Status403Forbidden);
    }

    private static bool IsPage(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<PanelPageMetadata>() is not null;

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Refused an unauthenticated call to {Endpoint}")]
    private static partial void LogUnauthenticated(ILogger logger, string endpoint);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Refused a call to {Endpoint}: the caller's role does not allow it")]
    private static partial void LogForbidden(ILogger logger, string endpoint);
}
