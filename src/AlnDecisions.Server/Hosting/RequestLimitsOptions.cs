using System.ComponentModel.DataAnnotations;

namespace AlnDecisions.Server.Hosting;

/// <summary>How much one request may carry (the <c>RequestLimits</c> section), before any field is read.</summary>
public sealed class RequestLimitsOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string Section = "RequestLimits";

    /// <summary>
    /// The largest gRPC message and the largest JSON body, in bytes. Default: 1 MiB, hundreds of
    /// times a real case; the field-level limits inside it are the request validation's.
    /// </summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxMessageBytes { get; set; } = 1024 * 1024;
}
