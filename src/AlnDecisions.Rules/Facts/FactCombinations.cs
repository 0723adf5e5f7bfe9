namespace AlnDecisions.Rules.Facts;

/// <summary>Every combination of values a set of enumerable facts can take.</summary>
internal static class FactCombinations
{
    /// <summary>How many combinations there are; long.MaxValue when any fact cannot be enumerated.</summary>
    public static long Count(IReadOnlyList<Fact> facts) =>
        facts.Any(f => f.PossibleValues is null) ? long.MaxValue : facts.Aggregate(1L, (n, f) => n * f.PossibleValues!.Count);

    /// <summary>The combinations, each an array of values in the order of <paramref name="facts"/>.</summary>
    public static IEnumerable<object[]> Of(IReadOnlyList<Fact> facts) => Of(facts.Select(f => f.PossibleValues!).ToArray());

    /// <summary>Every combination of one value from each list.</summary>
    public static IEnumerable<object[]> Of(IReadOnlyList<IReadOnlyList<object>> values)
    {
        var indexes = new int[values.Count];
        while (true)
        {
            yield return values.Select((list, i) => list[indexes[i]]).ToArray();
            var position = 0;
            while (position < values.Count && ++indexes[position] == values[position].Count)
            {
                indexes[position++] = 0;
            }

            if (position == values.Count)
            {
                yield break;
            }
        }
    }
}
