namespace AlnDecisions.Domain;

/// <summary>
/// The soft mutation (treiglad meddal) of a Welsh name put into a sentence: "i Cyngor Gwynedd" is
/// wrong Welsh, "i Gyngor Gwynedd" is right. Only what names of authorities need: the initial
/// consonant mutates, the rest of the name is left as written.
/// </summary>
public static class WelshMutation
{
    // p→b, t→d, c→g, b→f, d→dd, g→(dropped), m→f, ll→l, rh→r. Two-letter radicals first.
    private static readonly (string Radical, string Mutated)[] Soft =
    [
        ("ll", "l"), ("rh", "r"), ("p", "b"), ("t", "d"), ("c", "g"), ("b", "f"), ("d", "dd"), ("g", string.Empty), ("m", "f"),
    ];

    /// <summary>
    /// Prepositions after which a noun takes the soft mutation (am, ar, at, dan, dros, drwy, gan,
    /// heb, hyd, i, o, tan, tros, trwy, wrth).
    /// </summary>
    public static IReadOnlySet<string> SoftMutatingPrepositions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "am", "ar", "at", "dan", "dros", "drwy", "gan", "heb", "hyd", "i", "o", "tan", "tros", "trwy", "wrth",
    };

    /// <summary><paramref name="name"/> with its first letter soft-mutated, keeping its capital; unchanged when it does not mutate (a vowel, "yr", "Sir"...).</summary>
    public static string SoftMutate(string name)
    {
        foreach (var (radical, mutated) in Soft)
        {
            if (name.StartsWith(radical, StringComparison.OrdinalIgnoreCase))
            {
                var rest = name[radical.Length..];
                if (mutated.Length == 0)
                {
                    // g is dropped: "Gwynedd" → "Wynedd"; the next letter takes the capital.
                    return rest.Length > 0 && char.IsUpper(name[0]) ? char.ToUpperInvariant(rest[0]) + rest[1..] : rest;
                }

                return (char.IsUpper(name[0]) ? char.ToUpperInvariant(mutated[0]) + mutated[1..] : mutated) + rest;
            }
        }

        return name;
    }
}
