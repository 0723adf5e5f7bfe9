using AlnDecisions.Contract.Facts;
using AlnDecisions.Domain.Facts;
using AlnDecisions.Rules.Catalog;
using AlnDecisions.Rules.Expressions;
using AlnDecisions.Rules.Facts;
using RulesEngine.Models;

namespace AlnDecisions.Rules.Tests.Expressions;

/// <summary>
/// The adapter evaluates compiled expressions itself rather than through ExecuteAllRulesAsync; this
/// holds it to RulesEngine: for every rule in rules/ and many generated cases with every fact
/// known, the adapter passes a rule exactly when RulesEngine does.
/// </summary>
public sealed class RulesEngineAgreementTests
{
    private const int CasesPerRuleSet = 60;

    [Fact]
    public async Task Evaluate_EveryRuleOfTheRepository_AgreesWithRawRulesEngine()
    {
        using var registry = await RuleSetRegistry.LoadAsync(RepositoryFolders.Rules, ContractFacts.Schema);
        var catalog = registry.Current;
        var model = catalog.Model;
        var sets = catalog.Compiled.Where(set => set.HasRules).ToArray();
        var workflows = sets.Select((set, i) => new Workflow
        {
            WorkflowName = $"w{i}",
            Rules = set.Definition.Rules.Select(rule => new Rule { RuleName = rule.Name, Expression = rule.Expression, RuleExpressionType = RuleExpressionType.LambdaExpression }).ToList(),
        }).ToArray();
        var raw = new RulesEngine.RulesEngine(workflows, RulesEngineAdapter.Settings);
        var random = new Random(20251201);
        var compared = 0;

        for (var i = 0; i < sets.Length; i++)
        {
            var reads = sets[i].Rules.SelectMany(rule => rule.Expression.Reads).Distinct().ToArray();
            var literals = sets[i].Rules.SelectMany(rule => rule.Expression.TextLiterals).Distinct().ToArray();
            var numbers = sets[i].Rules.SelectMany(rule => rule.Expression.NumberLiterals).Distinct().ToArray();
            for (var sample = 0; sample < CasesPerRuleSet; sample++)
            {
                var slots = FactSnapshot.Blank(model).CopySlots();
                foreach (var fact in reads)
                {
                    slots[fact.Index] = Known(fact, literals, numbers, random);
                }

                var objects = model.Types.Instantiate(slots);
                var results = await raw.ExecuteAllRulesAsync($"w{i}", objects.Select(o => new RuleParameter(o.Key, o.Value)).ToArray());
                foreach (var rule in sets[i].Rules)
                {
                    var theirs = results.Single(r => r.Rule.RuleName == rule.Name);
                    theirs.ExceptionMessage.Should().BeNullOrEmpty(because: $"{sets[i].Definition.File} {rule.Name}");
                    var ours = rule.Expression.Evaluate(slots);
                    ours.Should().Be(theirs.IsSuccess ? ExpressionResult.Passed : ExpressionResult.Failed,
                        because: $"{sets[i].Definition.File} rule '{rule.Name}' on {string.Join(", ", rule.Expression.Reads.Select(f => f.Show(slots[f.Index])))}");
                    compared++;
                }
            }
        }

        compared.Should().BeGreaterThan(1000);
    }

    private static object? Known(RuleFact fact, string[] literals, int[] numbers, Random random) => fact.Kind switch
    {
        FactKind.Boolean => random.Next(2) == 0,
        FactKind.Choice => fact.Choices[random.Next(fact.Choices.Count)],
        FactKind.Text => random.Next(literals.Length + 2) is var pick && pick < literals.Length ? literals[pick] : pick == literals.Length ? "cardiff" : "swansea",
        FactKind.WholeNumber => numbers.Length == 0 ? random.Next(5) : numbers[random.Next(numbers.Length)] + random.Next(-1, 2),
        FactKind.Date => new DateTime(2015, 3, 2).AddDays(random.Next(3000)),
        _ => Array.Empty<string>(),
    };
}
