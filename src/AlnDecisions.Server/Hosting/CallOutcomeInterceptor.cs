using System.Diagnostics;
using AlnDecisions.Server.Telemetry;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace AlnDecisions.Server.Hosting;

/// <summary>
/// The last word on what leaves a service method, over gRPC and JSON alike. A refusal
/// (RpcException) is logged once at Information by field name, never with its message, which may
/// quote the caller's values. Anything else is a fault of ours: logged at Error by exception type
/// and trace id (the exception itself only at Debug, since its message may quote case facts), and
/// answered INTERNAL with the trace id, never the exception's text or type.
/// </summary>
internal sealed partial class CallOutcomeInterceptor(DecisionMetrics metrics, ILogger<CallOutcomeInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (RpcException ex)
        {
            Refused(ex, context.Method);
            throw;
        }
        catch (Exception ex) when (!IsCancellation(ex, context))
        {
            throw Fault(ex, context.Method);
        }
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(requestStream, responseStream, context);
        }
        catch (RpcException ex)
        {
            Refused(ex, context.Method);
            throw;
        }
        catch (Exception ex) when (!IsCancellation(ex, context))
        {
            throw Fault(ex, context.Method);
        }
    }

    private static bool IsCancellation(Exception ex, ServerCallContext context) =>
        ex is OperationCanceledException && context.CancellationToken.IsCancellationRequested;

    private void Refused(RpcException ex, string method)
    {
        switch (ex.StatusCode)
        {
            case StatusCode.InvalidArgument:
                metrics.Refused(RefusalReasons.InvalidArgument);
                if (logger.IsEnabled(LogLevel.Information))
                {
                    var fields = LoggableFields.Of(ex.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.Select(v => v.Field) ?? []);
                    LogInvalid(logger, method, fields);
                }

                break;
            case StatusCode.PermissionDenied:
                metrics.Refused(RefusalReasons.PermissionDenied);
                LogDenied(logger, method);
                break;
            default:
                LogStatus(logger, method, ex.StatusCode);
                break;
        }
    }

    private RpcException Fault(Exception ex, string method)
    {
        var trace = Activity.Current?.TraceId.ToString() ?? "none";
        metrics.Fault(method);
        LogFault(logger, method, ex.GetType().FullName ?? "exception", trace);
        LogFaultDetail(logger, trace, ex);
        return new RpcException(new Grpc.Core.Status(StatusCode.Internal, $"the service failed to answer this call; it is logged under trace {trace}"));
    }

    [LoggerMessage(EventId = 2202, Level = LogLevel.Information, Message = "Refused {Method}: INVALID_ARGUMENT on {Fields}")]
    private static partial void LogInvalid(ILogger logger, string method, string fields);

    [LoggerMessage(EventId = 2203, Level = LogLevel.Information, Message = "Refused {Method}: PERMISSION_DENIED (request for another authority)")]
    private static partial void LogDenied(ILogger logger, string method);

    [LoggerMessage(EventId = 2204, Level = LogLevel.Information, Message = "{Method} ended with {Status}")]
    private static partial void LogStatus(ILogger logger, string method, StatusCode status);

    [LoggerMessage(EventId = 2205, Level = LogLevel.Error, Message = "{Method} failed with {ExceptionType} (trace {TraceId}); the exception is logged at Debug")]
    private static partial void LogFault(ILogger logger, string method, string exceptionType, string traceId);

    [LoggerMessage(EventId = 2206, Level = LogLevel.Debug, Message = "Fault under trace {TraceId}")]
    private static partial void LogFaultDetail(ILogger logger, string traceId, Exception exception);
}
