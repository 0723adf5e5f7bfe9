namespace AlnDecisions.Server.Telemetry;

/// <summary>The <c>reason</c> tag of <c>aln.requests.refused</c>: a short closed list, never caller text.</summary>
public static class RefusalReasons
{
    /// <summary>No valid bearer token.</summary>
    public const string Unauthenticated = "unauthenticated";

    /// <summary>The caller's role, or its authority, does not allow the call.</summary>
    public const string PermissionDenied = "permission_denied";

    /// <summary>The caller's rate limit was used up.</summary>
    public const string RateLimited = "rate_limited";

    /// <summary>A field was not what the contract allows.</summary>
    public const string InvalidArgument = "invalid_argument";

    /// <summary>The body was larger than the request limit.</summary>
    public const string TooLarge = "too_large";

    /// <summary>The body was not UTF-8 JSON.</summary>
    public const string UnsupportedMediaType = "unsupported_media_type";

    /// <summary>The decision could not be recorded, so it was not answered (UNAVAILABLE).</summary>
    public const string RecordUnavailable = "record_unavailable";
}
