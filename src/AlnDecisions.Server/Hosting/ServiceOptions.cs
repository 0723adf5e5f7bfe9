using System.ComponentModel.DataAnnotations;

namespace AlnDecisions.Server.Hosting;

/// <summary>Where the service listens. h2c gRPC and HTTP/1.1 cannot share a cleartext port, so each has its own.</summary>
public sealed class ServiceOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string Section = "Service";

    /// <summary>Address both ports bind to. Default: 127.0.0.1 (loopback only; put a TLS proxy in front for anything else).</summary>
    [Required]
    public string BindAddress { get; set; } = "127.0.0.1";

    /// <summary>gRPC over HTTP/2 cleartext. Default: 5080.</summary>
    [Range(0, 65535)]
    public int GrpcPort { get; set; } = 5080;

    /// <summary>JSON transcoding (<c>POST /v1/decisions:decide</c>) over HTTP/1.1. Default: 5081.</summary>
    [Range(0, 65535)]
    public int HttpPort { get; set; } = 5081;
}
