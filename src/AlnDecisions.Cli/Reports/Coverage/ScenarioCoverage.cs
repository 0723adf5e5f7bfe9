using AlnDecisions.Cli.Scenarios;
using AlnDecisions.Contract.V1;
using UpperSnakeCase = AlnDecisions.Domain.UpperSnakeCase;
using AlnDecisions.Rules.Catalog;

namespace AlnDecisions.Cli.Reports.Coverage;

/// <summary>One scenario that reached a rule, and how the rule came out there.</summary>
/// <param name="Scenario">The scenario's id (file:line name).</param>
/// <param name="Result">PASSED, FAILED, UNDETERMINED or ERROR.</param>
/// <param name="ScenarioPassed">Whether the scenario as a whole passed.</param>
public sealed record RuleReach(string Scenario, string Result, bool ScenarioPassed);

/// <summary>Every scenario that reached one rule.</summary>
public sealed record RuleCoverage(string RuleSet, string Version, string Kind, string Authority, string File, string Rule, IReadOnlyList<RuleReach> Reached);

/// <summary>How much of one rule-set version the scenarios reach.</summary>
public sealed record RuleSetCoverage(string RuleSet, string Version, string File, int Rules, int Reached)
{
    /// <summary>Reached rules as a whole percentage of all rules (100 for a file with no rules of its own).</summary>
    public int Percent => Rules == 0 ? 100 : (int)Math.Floor(100.0 * Reached / Rules);
}

/// <summary>
/// Which rules the scenarios reach. A rule is reached in a scenario when one of its decisions gave a
/// reason for it that was evaluated (anything but NOT_APPLICABLE). Rule-set versions are matched by
/// id and content hash, so a fixture directory's rule set of the same id never counts for rules/.
/// </summary>
public sealed class ScenarioCoverage
{
    private ScenarioCoverage(IReadOnlyList<RuleCoverage> rules, IReadOnlyList<RuleSetCoverage> ruleSets)
    {
        Rules = rules;
        RuleSets = ruleSets;
    }

    /// <summary>Every rule, those no scenario reaches first.</summary>
    public IReadOnlyList<RuleCoverage> Rules { get; }

    /// <summary>Per rule-set version.</summary>
    public IReadOnlyList<RuleSetCoverage> RuleSets { get; }

    /// <summary>What <paramref name="runs"/> reached of every rule in <paramref name="catalog"/>.</summary>
    public static ScenarioCoverage Of(RuleSetCatalog catalog, IReadOnlyList<ScenarioRun> runs)
    {
        // (rule set id, sha256, rule) -> reaches
        var reaches = new Dictionary<(string, string, string), List<RuleReach>>();
        foreach (var run in runs)
        {
            var seen = new HashSet<(string, string, string, string)>();
            foreach (var decision in run.Responses.SelectMany(r => r.Decisions))
            {
                var hashes = decision.RuleSets.ToDictionary(s => s.Id, s => s.Sha256, StringComparer.Ordinal);
                foreach (var reason in decision.Explanation?.Reasons ?? [])
                {
                    if (reason.Result is RuleResult.Types.Value.NotApplicable or RuleResult.Types.Value.RuleResultUnspecified
                        || !hashes.TryGetValue(reason.RuleSetId, out var sha))
                    {
                        continue;
                    }

                    var result = UpperSnakeCase.From(reason.Result);
                    if (!seen.Add((reason.RuleSetId, sha, reason.RuleId, result)))
                    {
                        continue;
                    }

                    var key = (reason.RuleSetId, sha, reason.RuleId);
                    if (!reaches.TryGetValue(key, out var list))
                    {
                        reaches[key] = list = [];
                    }

                    list.Add(new RuleReach(run.Scenario.Id, result, run.Passed));
                }
            }
        }

        var rules = new List<RuleCoverage>();
        var sets = new List<RuleSetCoverage>();
        foreach (var set in catalog.RuleSets)
        {
            var reached = 0;
            foreach (var rule in set.Rules)
            {
                var found = reaches.TryGetValue((set.Id, set.Sha256, rule.Name), out var list) ? list : [];
                reached += found.Count > 0 ? 1 : 0;
                rules.Add(new RuleCoverage(set.Id, set.Version, UpperSnakeCase.From(set.Kind), set.Authority, set.File, rule.Name, found));
            }

            sets.Add(new RuleSetCoverage(set.Id, set.Version, set.File, set.Rules.Count, reached));
        }

        return new ScenarioCoverage(
            rules.OrderBy(r => r.Reached.Count > 0).ThenBy(r => r.File, StringComparer.Ordinal).ToArray(),
            sets);
    }
}
