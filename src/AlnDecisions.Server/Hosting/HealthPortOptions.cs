using System.ComponentModel.DataAnnotations;

namespace AlnDecisions.Server.Hosting;

/// <summary>
/// A cleartext HTTP/2 port that serves only the gRPC health service (the <c>HealthPort</c>
/// section), for probes that cannot speak TLS (the kubelet's gRPC probe cannot). Nothing else is
/// answered on it, so no token and no case ever crosses it.
/// </summary>
public sealed class HealthPortOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string Section = "HealthPort";

    /// <summary>The port. Default: 0, no health port (probes use the gRPC port).</summary>
    [Range(0, 65535)]
    public int Port { get; set; }
}
