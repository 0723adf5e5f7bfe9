namespace AlnDecisions.Specs;

/// <summary>A step's expectation did not hold, or a step could not run; the message is for the tester.</summary>
public sealed class ScenarioFailedException : Exception
{
    /// <summary>Required by the exception pattern; prefer the message constructor.</summary>
    public ScenarioFailedException()
    {
    }

    /// <summary>A failure saying <paramref name="message"/>.</summary>
    public ScenarioFailedException(string message)
        : base(message)
    {
    }

    /// <summary>A failure saying <paramref name="message"/>, caused by <paramref name="inner"/>.</summary>
    public ScenarioFailedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
