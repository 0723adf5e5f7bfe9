namespace AlnDecisions.Domain;

/// <summary>The value of one further answer: an authority code, true or false, or a code.</summary>
public abstract record FieldAnswer
{
    private FieldAnswer()
    {
    }

    /// <summary>A Welsh authority code.</summary>
    public sealed record Authority(string Code) : FieldAnswer
    {
        /// <inheritdoc />
        public override string ToString() => Code;
    }

    /// <summary>true or false.</summary>
    public sealed record Flag(bool Value) : FieldAnswer
    {
        /// <summary>The shared true answer.</summary>
        public static Flag True { get; } = new(true);

        /// <summary>The shared false answer.</summary>
        public static Flag False { get; } = new(false);

        /// <summary>The shared instance for <paramref name="value"/>.</summary>
        public static Flag Of(bool value) => value ? True : False;

        /// <inheritdoc />
        public override string ToString() => Value ? "true" : "false";
    }

    /// <summary>A code from the field's closed list.</summary>
    public sealed record ListedCode(string Value) : FieldAnswer
    {
        /// <inheritdoc />
        public override string ToString() => Value;
    }
}
