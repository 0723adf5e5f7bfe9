namespace AlnDecisions.Store;

/// <summary>Checks a decision id's shape: a ULID, 26 characters of Crockford base 32 in upper case.</summary>
public static class DecisionIds
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>Whether <paramref name="value"/> is a well-formed ULID.</summary>
    public static bool IsValid(string? value) =>
        value is { Length: 26 } && value[0] <= '7' && value.All(c => Alphabet.Contains(c, StringComparison.Ordinal));
}
