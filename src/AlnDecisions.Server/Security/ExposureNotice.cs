namespace AlnDecisions.Server.Security;

/// <summary>What the host must say at start-up about how exposed it is.</summary>
internal enum ExposureNotice
{
    /// <summary>Authenticated, and either on loopback or with TLS: nothing to say.</summary>
    None,

    /// <summary>No authentication: allowed on loopback only, and said so at Warning.</summary>
    UnauthenticatedLoopback,

    /// <summary>Authenticated but cleartext on a reachable address: tokens are readable on the wire unless a proxy or mesh adds TLS.</summary>
    TokensInCleartext,
}
