using System.Text;

namespace AlnDecisions.Domain;

/// <summary>
/// Converts between the domain's enum members and the upper snake case the contract, rule files
/// and scenarios use (MaintainedSchool ⇄ MAINTAINED_SCHOOL), so the two vocabularies cannot drift.
/// </summary>
public static class UpperSnakeCase
{
    /// <summary>MaintainedSchool → MAINTAINED_SCHOOL; digits stay with the word before them (Post16 → POST16).</summary>
    public static string From<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(name[i]));
        }

        return builder.ToString();
    }

    /// <summary>Parses MAINTAINED_SCHOOL into MaintainedSchool; false for any other text.</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(From(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Every member's upper snake case name, in declaration order.</summary>
    public static IReadOnlyList<string> Names<TEnum>() where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(From).ToArray();
}
