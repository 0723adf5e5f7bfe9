namespace AlnDecisions.Server.Hosting;

/// <summary>On the cleartext health port, answers the gRPC health service and nothing else.</summary>
internal sealed class HealthPortGate(RequestDelegate next, int healthPort)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Connection.LocalPort == healthPort && !context.Request.Path.StartsWithSegments("/grpc.health.v1.Health", StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
