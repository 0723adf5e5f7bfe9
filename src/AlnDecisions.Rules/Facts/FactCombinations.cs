namespace AlnDecisions.Rules.Facts;

/// <summary>Every combination of values a set of enumerable facts can take.</summary>
internal static class FactCombinations
{
    /// <summary>How many combinations there are; long.MaxValue when any fact cannot be enumerated.</summary>
    public static long Count(IReadOnlyList<Fact> facts) =>
        facts.Any(f => f.PossibleValues is null) ? long.MaxValue : facts.Aggregate(1L, (n, f) => n * f.PossibleValues!.Count);

    /// <summary>The combinations, each an array of values in the order of <paramref name="facts"/>.</summary>
    public static IEnumerable<object[]> Of(IReadOnlyList<Fact> facts)
    {
        var indexes = new int[facts.Count];
        while (true)
        {
            yield return facts.Select((fact, i) => fact.PossibleValues![indexes[i]]).ToArray();
            var position = 0;
            while (position < facts.Count && ++indexes[position] == facts[position].PossibleValues!.Count)
            {
                indexes[position++] = 0;
            }

            if (position == facts.Count)
            {
                yield break;
            }
        }
    }
}
