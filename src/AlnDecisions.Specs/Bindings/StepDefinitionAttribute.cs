namespace AlnDecisions.Specs.Bindings;

/// <summary>
/// Binds a method to step text by a regular expression, as SpecFlow and Reqnroll do: capture
/// groups become the method's string arguments, and a trailing <see cref="Table"/> or string
/// parameter receives the step's data table or doc string.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public abstract class StepDefinitionAttribute(string regex) : Attribute
{
    /// <summary>The pattern the whole step text must match.</summary>
    public string Regex { get; } = regex;

    /// <summary>Given, When or Then.</summary>
    public abstract string Keyword { get; }
}

/// <summary>Binds a Given step (context).</summary>
public sealed class GivenAttribute(string regex) : StepDefinitionAttribute(regex)
{
    /// <inheritdoc/>
    public override string Keyword => "Given";
}

/// <summary>Binds a When step (the action).</summary>
public sealed class WhenAttribute(string regex) : StepDefinitionAttribute(regex)
{
    /// <inheritdoc/>
    public override string Keyword => "When";
}

/// <summary>Binds a Then step (an expected outcome).</summary>
public sealed class ThenAttribute(string regex) : StepDefinitionAttribute(regex)
{
    /// <inheritdoc/>
    public override string Keyword => "Then";
}

/// <summary>Marks a class that holds step definitions; one instance is made per scenario.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class BindingAttribute : Attribute;
