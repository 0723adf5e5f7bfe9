namespace AlnDecisions.Store.Configuration;

/// <summary>What a key id may be: it is stored in every row, so short and plain.</summary>
internal static class KeyIds
{
    public static bool IsValid(string? id) =>
        id is { Length: > 0 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
