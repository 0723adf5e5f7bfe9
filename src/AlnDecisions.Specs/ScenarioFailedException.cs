namespace AlnDecisions.Specs;

/// <summary>A step's expectation did not hold, or a step could not run; the message is for the tester.</summary>
public sealed class ScenarioFailedException : Exception
{
    public ScenarioFailedException()
    {
    }

    public ScenarioFailedException(string message)
        : base(message)
    {
    }

    public ScenarioFailedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
