using AlnDecisions.Rules.Facts;
using AlnDecisions.Rules.RuleSets;
using RulesEngine.Models;

namespace AlnDecisions.Rules.Catalog;

/// <summary>
/// Builds a RulesEngine for a set of rule-set versions and compiles every rule at once. RulesEngine
/// compiles lazily and reports a broken expression as a rule that did not pass; compiling here,
/// at load, turns that into a load error with the rule's name instead of a wrong answer later.
/// </summary>
internal static class RuleSetCompiler
{
    private const string ParseErrorPrefix = "Exception while parsing expression";

    public static RulesEngine.RulesEngine CreateEngine(IEnumerable<RuleSetDefinition> definitions)
    {
        var settings = new ReSettings
        {
            // A rule that throws must come back as an error we can see, never as "not satisfied".
            EnableExceptionAsErrorMessage = true,
            IgnoreException = false,
            UseFastExpressionCompiler = true,
            IsExpressionCaseSensitive = false,
            AutoRegisterInputType = true,
        };
        return new RulesEngine.RulesEngine(definitions.Where(d => d.HasRules).Select(ToWorkflow).ToArray(), settings);
    }

    /// <summary>Compiles every rule of <paramref name="definition"/>; returns a problem per rule that does not compile.</summary>
    public static async Task<IReadOnlyList<RuleSetProblem>> CompileAsync(RulesEngine.RulesEngine engine, RuleSetDefinition definition)
    {
        if (!definition.HasRules)
        {
            return [];
        }

        var results = await engine.ExecuteAllRulesAsync(definition.EngineWorkflowName, FactInputs.Blank().ToParameters());
        var problems = new List<RuleSetProblem>();
        foreach (var result in results)
        {
            if (result.ExceptionMessage is { Length: > 0 } message && message.StartsWith(ParseErrorPrefix, StringComparison.Ordinal))
            {
                var rule = definition.Rules.First(r => r.Name == result.Rule.RuleName);
                var detail = message[(message.LastIndexOf(" - ", StringComparison.Ordinal) + 3)..];
                problems.Add(new RuleSetProblem(ProblemCodes.ExpressionInvalid, definition.File, rule.Line, 0, rule.Name,
                    $"expression does not compile: {detail}"));
            }
        }

        return problems;
    }

    /// <summary>True when RulesEngine's message for a rule is an evaluation error rather than a parse error.</summary>
    public static bool IsEvaluationError(RuleResultTree result) => !string.IsNullOrEmpty(result.ExceptionMessage);

    private static Workflow ToWorkflow(RuleSetDefinition definition) => new()
    {
        WorkflowName = definition.EngineWorkflowName,
        Rules = definition.Rules.Select(rule => new Rule
        {
            RuleName = rule.Name,
            Expression = rule.Expression,
            RuleExpressionType = RuleExpressionType.LambdaExpression,
        }).ToList(),
    };
}
