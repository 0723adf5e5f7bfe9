namespace AlnDecisions.Cli.Hosting;

/// <summary>
/// An expected failure with a message for the person at the terminal: caught at the top, printed as
/// one line, never as a stack trace.
/// </summary>
public sealed class CommandFailedException : Exception
{
    /// <summary>Required by the exception pattern; prefer the message constructor.</summary>
    public CommandFailedException()
    {
    }

    /// <summary>A failure saying <paramref name="message"/>.</summary>
    public CommandFailedException(string message)
        : base(message)
    {
    }

    /// <summary>A failure saying <paramref name="message"/>, caused by <paramref name="inner"/>.</summary>
    public CommandFailedException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>A failure with its exit code (<see cref="ExitCodes"/>).</summary>
    public CommandFailedException(string message, int exitCode)
        : base(message) => ExitCode = exitCode;

    /// <summary>The process exit code; bad input unless said otherwise.</summary>
    public int ExitCode { get; } = ExitCodes.BadInput;
}
