namespace AlnDecisions.Server.Security;

/// <summary>
/// The host will not start with this configuration. The message says what is wrong and how to put
/// it right; Program prints it alone, without a stack trace, and exits non-zero.
/// </summary>
public sealed class RefusedToStartException : Exception
{
    /// <summary>A refusal with the operator-facing <paramref name="message"/>.</summary>
    public RefusedToStartException(string message)
        : base(message)
    {
    }

    /// <summary>Required by the exception pattern; prefer the message constructor.</summary>
    public RefusedToStartException()
    {
    }

    /// <summary>Required by the exception pattern; prefer the message constructor.</summary>
    public RefusedToStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
