namespace AlnDecisions.Domain.Facts;

/// <summary>
/// The values of one schema's facts for one case, in schema order; null is unknown. Booleans are
/// boxed <see cref="bool"/>, choices and texts <see cref="string"/>, whole numbers boxed
/// <see cref="int"/>, dates boxed <see cref="DateOnly"/>, lists <see cref="IReadOnlyList{T}"/> of
/// <see cref="string"/> (never null) and records <see cref="IReadOnlyList{T}"/> of <see cref="FactValues"/>.
/// </summary>
public sealed class FactValues
{
    private readonly object?[] _values;

    private FactValues(FactSchema schema, object?[] values)
    {
        Schema = schema;
        _values = values;
    }

    /// <summary>The facts these are values of.</summary>
    public FactSchema Schema { get; }

    /// <summary>The value of <paramref name="fact"/>, or null when unknown.</summary>
    public object? this[FactDefinition fact] => _values[fact.Index];

    /// <summary>Values built from <paramref name="values"/>, which the new instance owns: the caller must not keep or change it.</summary>
    public static FactValues Adopt(FactSchema schema, object?[] values)
    {
        if (values.Length != schema.Count)
        {
            throw new ArgumentException($"{values.Length} values for a schema of {schema.Count} facts", nameof(values));
        }

        return new FactValues(schema, values);
    }

    /// <summary>A case about which nothing is known.</summary>
    public static FactValues Unknown(FactSchema schema)
    {
        var values = new object?[schema.Count];
        foreach (var fact in schema.Facts)
        {
            values[fact.Index] = fact.Kind switch
            {
                FactKind.TextList or FactKind.ChoiceList => Array.Empty<string>(),
                FactKind.Records => Array.Empty<FactValues>(),
                _ => null,
            };
        }

        return new FactValues(schema, values);
    }

    /// <summary>Copies the values into <paramref name="destination"/>, from its start.</summary>
    public void CopyTo(object?[] destination) => Array.Copy(_values, destination, _values.Length);
}
