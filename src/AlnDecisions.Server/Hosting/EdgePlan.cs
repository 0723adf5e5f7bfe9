using System.Security.Cryptography.X509Certificates;
using AlnDecisions.Server.Security;

namespace AlnDecisions.Server.Hosting;

/// <summary>What the host decided at build time about its edge: where it listens, with which certificate, and what it must say about exposure.</summary>
internal sealed record EdgePlan(
    ServiceOptions Service,
    X509Certificate2? Certificate,
    int HealthPort,
    int MaxMessageBytes,
    ExposureNotice Notice);
