using System.Globalization;
using System.Net;
using System.Security.Authentication;
using System.Threading.RateLimiting;
using AlnDecisions.Server.Security;
using AlnDecisions.Server.Telemetry;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.IdentityModel.Tokens;

namespace AlnDecisions.Server.Hosting;

/// <summary>
/// The service's edge, in the order a call meets it: listening (ports, TLS, size limits), who is
/// calling (JWT bearer), how often (per-caller rate limit), whether they may (named policies), a
/// JSON body's shape, then the service, whose outcome an interceptor turns into a safe answer.
/// The host calls <see cref="AddAlnEdge"/> while building and <see cref="UseAlnEdge"/> after.
/// </summary>
internal static partial class EdgeSetup
{
    public static EdgePlan AddAlnEdge(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var service = configuration.GetSection(ServiceOptions.Section).Get<ServiceOptions>() ?? new ServiceOptions();
        var authentication = configuration.GetSection(CallerAuthenticationOptions.Section).Get<CallerAuthenticationOptions>() ?? new CallerAuthenticationOptions();
        var tls = configuration.GetSection(TlsOptions.Section).Get<TlsOptions>() ?? new TlsOptions();
        var healthPort = configuration.GetSection(HealthPortOptions.Section).Get<HealthPortOptions>() ?? new HealthPortOptions();
        var limits = configuration.GetSection(RequestLimitsOptions.Section).Get<RequestLimitsOptions>() ?? new RequestLimitsOptions();

        var notice = ExposureGuard.Check(service.BindAddress, authentication, tls);
        var certificate = tls.Enabled ? TlsCertificate.Load(tls) : null;
        var enforced = authentication.Mode == AuthenticationMode.Jwt;
        var services = builder.Services;

        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RequestLimitsOptions>().BindConfiguration(RequestLimitsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<HealthPortOptions>().BindConfiguration(HealthPortOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // These categories log a refused call with its exception (stack trace, and a message that can
        // quote the caller's values) at Information. The edge logs each refusal itself, once, by field
        // name; these stay for warnings and errors.
        builder.Logging.AddFilter("Grpc.AspNetCore.Server.ServerCallHandler", LogLevel.Warning);
        builder.Logging.AddFilter("Grpc.AspNetCore.Grpc.JsonTranscoding", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Authentication", LogLevel.Warning);
        // Request lines carry URLs, and a URL can carry whatever a caller put in its query string.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);

        services.AddSingleton(new CallerAccess(enforced));
        services.AddSingleton<RuleSetReadiness>();
        if (enforced)
        {
            services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt => ConfigureJwt(jwt, authentication.Jwt));
        }
        else
        {
            services.AddAuthentication();
        }

        services.AddAuthorization(options => AlnPolicies.Register(options, enforced));
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, EdgeAuthorizationResultHandler>();

        services.AddSingleton<CallerRateLimiter>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<CallerRateLimiter, DecisionMetrics>((options, limiter, metrics) =>
        {
            options.GlobalLimiter = limiter.Limiter;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (rejected, _) =>
            {
                metrics.Refused(RefusalReasons.RateLimited);
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : limiter.Period;
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return new ValueTask(EdgeAnswer.WriteAsync(rejected.HttpContext, StatusCode.ResourceExhausted,
                    $"this caller's rate limit is used up; retry after {seconds} s", StatusCodes.Status429TooManyRequests));
            };
        });

        // StrictMessageBinding's marshallers find the request they are reading through it.
        services.AddHttpContextAccessor();
        services.AddSingleton<CallOutcomeInterceptor>();
        services.Configure<GrpcServiceOptions>(grpc =>
        {
            grpc.Interceptors.Add<CallOutcomeInterceptor>();
            grpc.MaxReceiveMessageSize = limits.MaxMessageBytes;
        });

        services.AddAlnHealth();
        builder.AddAlnTelemetry();
        return new EdgePlan(service, certificate, healthPort.Port, limits.MaxMessageBytes, notice);
    }

    /// <summary>The ports: gRPC (HTTP/2), JSON and pages (HTTP/1.1, and HTTP/2 under TLS), and the optional cleartext health port.</summary>
    public static void ListenAln(this KestrelServerOptions kestrel, EdgePlan plan)
    {
        kestrel.AddServerHeader = false;
        kestrel.Limits.MaxRequestBodySize = plan.MaxMessageBytes;
        var address = IPAddress.Parse(plan.Service.BindAddress);
        kestrel.Listen(address, plan.Service.GrpcPort, listen =>
        {
            listen.Protocols = HttpProtocols.Http2;
            UseTls(listen, plan);
        });
        kestrel.Listen(address, plan.Service.HttpPort, listen =>
        {
            listen.Protocols = plan.Certificate is null ? HttpProtocols.Http1 : HttpProtocols.Http1AndHttp2;
            UseTls(listen, plan);
        });
        if (plan.HealthPort > 0)
        {
            kestrel.Listen(address, plan.HealthPort, listen => listen.Protocols = HttpProtocols.Http2);
        }
    }

    public static void UseAlnEdge(this WebApplication app, EdgePlan plan)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("AlnDecisions.Server.Security.Exposure");
        switch (plan.Notice)
        {
            case ExposureNotice.UnauthenticatedLoopback:
                LogUnauthenticated(logger, plan.Service.BindAddress);
                break;
            case ExposureNotice.TokensInCleartext:
                LogCleartext(logger, plan.Service.BindAddress);
                break;
        }

        if (plan.HealthPort > 0)
        {
            app.UseMiddleware<HealthPortGate>(plan.HealthPort);
        }

        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseMiddleware<JsonRequestGuard>();
        app.UseMiddleware<QueryStringGuard>();
        app.MapAlnHealth();
    }

    private static void UseTls(ListenOptions listen, EdgePlan plan)
    {
        if (plan.Certificate is { } certificate)
        {
            listen.UseHttps(new HttpsConnectionAdapterOptions
            {
                ServerCertificate = certificate,
                SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
            });
        }
    }

    private static void ConfigureJwt(JwtBearerOptions jwt, JwtBearerSettings settings)
    {
        jwt.MapInboundClaims = false;
        jwt.IncludeErrorDetails = false;
        jwt.RequireHttpsMetadata = true;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = settings.Issuer,
            ValidAudience = settings.Audience,
            IssuerSigningKeys = SigningKeys.From(settings.SigningKeys),
            ValidAlgorithms = SigningKeys.Algorithms,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.FromSeconds(settings.ClockSkewSeconds),
            NameClaimType = CallerClaims.Subject,
            RoleClaimType = CallerClaims.Role,
        };
        jwt.Events = new JwtBearerEvents
        {
            OnAuthenticationFailed = context =>
            {
                var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("AlnDecisions.Server.Security.Tokens");
                if (logger.IsEnabled(LogLevel.Information))
                {
                    var reason = TokenFailure(context.Exception);
                    LogTokenRefused(logger, reason);
                }

                return Task.CompletedTask;
            },
        };
    }

    private static string TokenFailure(Exception exception) => exception switch
    {
        SecurityTokenExpiredException => "expired",
        SecurityTokenNotYetValidException => "not yet valid",
        SecurityTokenSignatureKeyNotFoundException => "signed with a key the service does not have",
        SecurityTokenInvalidSignatureException => "signature does not verify",
        SecurityTokenInvalidIssuerException => "wrong issuer",
        SecurityTokenInvalidAudienceException => "wrong audience",
        SecurityTokenInvalidAlgorithmException => "algorithm not allowed",
        SecurityTokenNoExpirationException => "no expiry",
        SecurityTokenMalformedException or ArgumentException => "malformed",
        _ => exception.GetType().Name,
    };

    [LoggerMessage(EventId = 2100, Level = LogLevel.Warning, Message = "Authentication is off (Authentication:Mode=None): every caller on {BindAddress} may decide for any authority. This is the embedded default for one machine and is refused on any non-loopback address.")]
    private static partial void LogUnauthenticated(ILogger logger, string bindAddress);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Warning, Message = "Listening on {BindAddress} without TLS: bearer tokens and cases cross the network in clear unless a proxy or mesh in front adds TLS (set Tls:CertificatePath to serve TLS here)")]
    private static partial void LogCleartext(ILogger logger, string bindAddress);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Information, Message = "Refused a bearer token: {Reason}")]
    private static partial void LogTokenRefused(ILogger logger, string reason);
}
