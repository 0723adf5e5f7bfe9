using AlnDecisions.Domain;
using AlnDecisions.Domain.Facts;
using AlnDecisions.Rules.Evaluation;
using AlnDecisions.Rules.Expressions;
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

    public static IReadOnlyList<RuleSetProblem> Find(CompiledRuleSet principles, IEnumerable<CompiledRuleSet> statutory, FactModel model)
    {
        var problems = new List<RuleSetProblem>();
        var flagged = new HashSet<string>(StringComparer.Ordinal);

        // Rules read by principles are checked for a learner who has ALN: the statutory rules for
        // anyone else decide before any principle is reached.
        var baseline = FactSnapshot.Blank(model);
        if (model.Find("aln.status") is { } aln)
        {
            baseline = baseline.With((aln, "HAS_ALN", null));
        }

        var definition = principles.Definition;
        foreach (var law in statutory.Where(s => s.Definition.Kind == definition.Kind && s.Definition.Overlaps(definition) && s.HasRules))
        {
            foreach (var principle in principles.Rules.Where(p => !flagged.Contains(p.Name)))
            {
                // A statutory rule that only asks for more information is a procedural guard, not an
                // answer a principle could contradict.
                foreach (var rule in law.Rules.Where(r => r.Outcome != Outcome.MoreInformationNeeded))
                {
                    if (Contradiction(principle, rule, baseline) is { } example)
                    {
                        problems.Add(new RuleSetProblem(ProblemCodes.StatutoryContradiction, definition.File, principle.Definition.Line, 0, principle.Name,
                            $"contradicts statutory rule '{rule.Name}' ({string.Join("; ", rule.Definition.Citations.Select(c => c.Source))}): when {example}, the law gives {rule.Outcome} and this principle gives {principle.Outcome}{FieldsNote(principle, rule)}; an authority cannot override the statutory layer"));
                        flagged.Add(principle.Name);
                        break;
                    }
                }
            }
        }

        return problems;
    }

    private static string? Contradiction(CompiledRule principle, CompiledRule rule, FactSnapshot baseline)
    {
        var shared = principle.Expression.Reads.Intersect(rule.Expression.Reads).ToArray();
        var facts = principle.Expression.Reads.Union(rule.Expression.Reads).ToArray();
        // Text the principle never mentions is tried only as a value it cannot tell apart: a
        // statutory case that exists only for texts the principle is silent on (a school in
        // England, say) is not one the principle speaks to.
        object[] Silent(RuleFact fact) => [UnknownFacts.UnlikeAny];
        var combinations = shared.Length == 0 ? null : UnknownFacts.Combinations(facts, baseline, MaxCombinations, [principle.Expression, rule.Expression],
            fact => fact.Kind == FactKind.Text && !principle.Expression.Reads.Contains(fact) ? Silent(fact) : null);
        if (combinations is null)
        {
            return null;
        }

        // Evaluate both rules on every combination of their facts.
        var table = new List<(object?[] Slots, bool Law, bool Principle, bool Same)>();
        foreach (var slots in combinations)
        {
            var snapshot = baseline.With(facts.Select(f => (f, slots[f.Index], (IReadOnlyList<MissingInformation>?)null)).ToArray());
            table.Add((slots, rule.Expression.Evaluate(slots) == ExpressionResult.Passed, principle.Expression.Evaluate(slots) == ExpressionResult.Passed,
                principle.DecidesSameAs(rule, snapshot)));
        }

        // A principle contradicts the law when, in a case the law decides differently, the principle
        // passes because of the very facts the law turns on: change those facts so the law no longer
        // applies and the principle stops applying too. A general principle that merely overlaps a
        // statutory case (the law wins there) is not a contradiction.
        var others = facts.Except(shared).ToArray();
        foreach (var row in table.Where(r => r.Law && r.Principle && !r.Same))
        {
            var dependsOnLawsFacts = table.Any(other => !other.Law && !other.Principle && others.All(f => Equals(other.Slots[f.Index], row.Slots[f.Index])));
            if (dependsOnLawsFacts)
            {
                return string.Join(", ", shared.Select(f => $"{f.Path} = {f.Show(row.Slots[f.Index]).Value}"));
            }
        }

        return null;
    }

    private static string FieldsNote(CompiledRule principle, CompiledRule rule) =>
        principle.Outcome != rule.Outcome ? string.Empty : " with different further answers (" + string.Join(", ",
            rule.Definition.Fields.Select(f => $"{f.Key.JsonName()}: law {f.Value}, principle {(principle.Definition.Fields.TryGetValue(f.Key, out var p) ? p.ToString() : "none")}")) + ")";
}
