using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace AlnDecisions.Server.Security;

/// <summary>
/// One token bucket per caller, shared by the rate-limiting middleware (one token per call) and
/// DecideStream (one per item after the first), so a bulk stream cannot step round the limit.
/// </summary>
public sealed class CallerRateLimiter : IDisposable
{
    private readonly RateLimitOptions _options;

    /// <summary>A limiter with the configured bucket per caller.</summary>
    public CallerRateLimiter(IOptions<RateLimitOptions> options)
    {
        _options = options.Value;
        Limiter = PartitionedRateLimiter.Create<HttpContext, string>(context => _options.Enabled
            ? RateLimitPartition.GetTokenBucketLimiter(PartitionKey(context), _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = _options.TokenLimit,
                TokensPerPeriod = _options.TokensPerPeriod,
                ReplenishmentPeriod = Period,
                QueueLimit = 0,
                AutoReplenishment = true,
            })
            : RateLimitPartition.GetNoLimiter(string.Empty));
    }

    /// <summary>The limiter the middleware uses as its global limiter.</summary>
    public PartitionedRateLimiter<HttpContext> Limiter { get; }

    /// <summary>How long a refused caller is told to wait when the limiter gives no better figure.</summary>
    public TimeSpan Period => TimeSpan.FromMilliseconds(_options.PeriodMilliseconds);

    /// <summary>
    /// The caller a call is counted against. Authenticated: subject and authority (one MIS install
    /// is one caller wherever it connects from). Otherwise the remote address, which on the
    /// loopback-only embedded default is the local machine.
    /// </summary>
    public static string PartitionKey(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true)
        {
            return "caller:" + user.FindFirst(CallerClaims.Subject)?.Value + "@" + user.FindFirst(CallerClaims.Authority)?.Value;
        }

        return "address:" + context.Connection.RemoteIpAddress;
    }

    /// <summary>
    /// Waits until the caller has a token for one more stream item. A stream over the limit is
    /// slowed, not failed: the server stops reading, HTTP/2 flow control holds the client back, and
    /// the caller's deadline (or cancellation) bounds the wait.
    /// </summary>
    public async Task WaitForTokenAsync(HttpContext context, CancellationToken cancellationToken)
    {
        while (true)
        {
            using var lease = Limiter.AttemptAcquire(context);
            if (lease.IsAcquired)
            {
                return;
            }

            var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.Zero ? retryAfter : Period;
            await Task.Delay(wait, cancellationToken);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => Limiter.Dispose();
}
