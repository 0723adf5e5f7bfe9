using AlnDecisions.Contract.V1;
using Grpc.Core;

namespace AlnDecisions.Server.Hosting;

/// <summary>
/// Binds the decision service as the generated code does, but with request marshallers that turn
/// bytes which are not a protobuf message into INVALID_ARGUMENT, logged once at Information. The
/// generated marshaller throws a parse exception, which gRPC answers UNKNOWN and logs at Error with
/// a stack trace: a client's malformed message would read as our fault. Named on
/// <c>DecisionGrpcService</c> by <see cref="BindServiceMethodAttribute"/>.
/// </summary>
public static partial class StrictMessageBinding
{
    private static readonly HttpContextAccessor Requests = new();

    /// <summary>The service's descriptor, where JSON transcoding and reflection look for it beside the bind method.</summary>
    public static Google.Protobuf.Reflection.ServiceDescriptor Descriptor => DecisionService.Descriptor;

    /// <summary>Binds every method of <paramref name="service"/> to <paramref name="binder"/> with strict request marshallers.</summary>
    public static void BindService(ServiceBinderBase binder, DecisionService.DecisionServiceBase service) =>
        DecisionService.BindService(new StrictBinder(binder), service);

    private static Method<TRequest, TResponse> Strict<TRequest, TResponse>(Method<TRequest, TResponse> method)
    {
        var generated = method.RequestMarshaller;
        var request = Marshallers.Create(generated.ContextualSerializer, context =>
        {
            try
            {
                return generated.ContextualDeserializer(context);
            }
            catch (Google.Protobuf.InvalidProtocolBufferException)
            {
                Unreadable(method.FullName);
                throw new RpcException(new Status(StatusCode.InvalidArgument, $"the message is not a valid {typeof(TRequest).Name} (protobuf)"));
            }
        });
        return new Method<TRequest, TResponse>(method.Type, method.ServiceName, method.Name, request, method.ResponseMarshaller);
    }

    private static void Unreadable(string method)
    {
        if (Requests.HttpContext?.RequestServices.GetService<ILoggerFactory>() is { } loggers)
        {
            var logger = loggers.CreateLogger(typeof(StrictMessageBinding).FullName!);
            Log.Unreadable(logger, method);
        }
    }

    private sealed class StrictBinder(ServiceBinderBase inner) : ServiceBinderBase
    {
        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? handler) =>
            inner.AddMethod(Strict(method), handler);

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ClientStreamingServerMethod<TRequest, TResponse>? handler) =>
            inner.AddMethod(Strict(method), handler);

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse>? handler) =>
            inner.AddMethod(Strict(method), handler);

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, DuplexStreamingServerMethod<TRequest, TResponse>? handler) =>
            inner.AddMethod(Strict(method), handler);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 2207, Level = LogLevel.Information, Message = "Refused {Method}: the message is not valid protobuf")]
        public static partial void Unreadable(ILogger logger, string method);
    }
}
