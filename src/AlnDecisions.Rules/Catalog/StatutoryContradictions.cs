using AlnDecisions.Domain;
using AlnDecisions.Rules.Facts;
using AlnDecisions.Rules.RuleSets;

namespace AlnDecisions.Rules.Catalog;

/// <summary>
/// Finds authority principles that contradict the statutory layer: a principle that reads the same
/// facts as a statutory rule and, for some values of those facts, would pass together with it but
/// give a different answer. The statutory layer is evaluated first, so such a principle could never
/// take effect, but a file that says it would misleads whoever reads it: it is rejected at load.
/// </summary>
internal static class StatutoryContradictions
{
    // Pairs whose facts take more combinations than this are not checked (none in rules/ come close).
    private const int MaxCombinations = 512;

    public static async Task<IReadOnlyList<RuleSetProblem>> FindAsync(RulesEngine.RulesEngine engine, RuleSetDefinition principles, IEnumerable<RuleSetDefinition> statutory)
    {
        var problems = new List<RuleSetProblem>();
        var flagged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var law in statutory.Where(s => s.Kind == principles.Kind && s.Overlaps(principles) && s.HasRules))
        {
            foreach (var principle in principles.Rules.Where(p => !flagged.Contains(p.Name)))
            {
                // A statutory rule that only asks for more information is a procedural guard, not an
                // answer a principle could contradict.
                foreach (var rule in law.Rules.Where(r => r.Outcome != Outcomes.MoreInformationNeeded))
                {
                    if (await ContradictionAsync(engine, principles, principle, law, rule) is { } example)
                    {
                        problems.Add(new RuleSetProblem(ProblemCodes.StatutoryContradiction, principles.File, principle.Line, 0, principle.Name,
                            $"contradicts statutory rule '{rule.Name}' ({string.Join("; ", rule.Citations.Select(c => c.Source))}): when {example}, the law gives {rule.Outcome} and this principle gives {principle.Outcome}{FieldsNote(principle, rule)}; an authority cannot override the statutory layer"));
                        flagged.Add(principle.Name);
                        break;
                    }
                }
            }
        }

        return problems;
    }

    private static async Task<string?> ContradictionAsync(RulesEngine.RulesEngine engine, RuleSetDefinition principles, RuleDefinition principle, RuleSetDefinition law, RuleDefinition rule)
    {
        var shared = principle.Facts.Intersect(rule.Facts).ToArray();
        var facts = principle.Facts.Union(rule.Facts).ToArray();
        if (shared.Length == 0 || FactCombinations.Count(facts) > MaxCombinations)
        {
            return null;
        }

        // Evaluate both rules on every combination of their facts.
        var table = new List<(object[] Values, bool Law, bool Principle, bool Same, string Example)>();
        foreach (var combination in FactCombinations.Of(facts))
        {
            var inputs = FactInputs.Blank();
            inputs.Aln.Status = "HAS_ALN";
            for (var i = 0; i < facts.Length; i++)
            {
                facts[i].Set(inputs, combination[i]);
            }

            var parameters = inputs.ToParameters();
            var lawPasses = (await engine.ExecuteActionWorkflowAsync(law.EngineWorkflowName, rule.Name, parameters)).Results[0].IsSuccess;
            var principlePasses = (await engine.ExecuteActionWorkflowAsync(principles.EngineWorkflowName, principle.Name, parameters)).Results[0].IsSuccess;
            table.Add((combination, lawPasses, principlePasses, principle.DecidesSameAs(rule, inputs),
                string.Join(", ", shared.Select(f => $"{f.Path} = {Fact.Show(f.Get(inputs))}"))));
        }

        // A principle contradicts the law when, in a case the law decides differently, the principle
        // passes because of the very facts the law turns on: change those facts so the law no longer
        // applies and the principle stops applying too. A general principle that merely overlaps a
        // statutory case (the law wins there) is not a contradiction.
        var sharedIndexes = shared.Select(f => Array.IndexOf(facts, f)).ToArray();
        foreach (var row in table.Where(r => r.Law && r.Principle && !r.Same))
        {
            var dependsOnLawsFacts = table.Any(other =>
                !other.Law && !other.Principle
                && Enumerable.Range(0, facts.Length).All(i => sharedIndexes.Contains(i) || Equals(other.Values[i], row.Values[i])));
            if (dependsOnLawsFacts)
            {
                return row.Example;
            }
        }

        return null;
    }

    private static string FieldsNote(RuleDefinition principle, RuleDefinition rule) =>
        principle.Outcome != rule.Outcome ? string.Empty : " with different further answers (" + string.Join(", ",
            rule.Fields.Select(f => $"{f.Key}: law {f.Value.Text}, principle {(principle.Fields.TryGetValue(f.Key, out var p) ? p.Text : "none")}")) + ")";
}
