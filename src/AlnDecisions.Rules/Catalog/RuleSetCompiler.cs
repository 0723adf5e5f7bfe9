using AlnDecisions.Domain;
using AlnDecisions.Domain.Facts;
using AlnDecisions.Rules.Evaluation;
using AlnDecisions.Rules.Expressions;
using AlnDecisions.Rules.Facts;
using AlnDecisions.Rules.RuleSets;

namespace AlnDecisions.Rules.Catalog;

/// <summary>
/// Compiles a parsed rule set against the fact model: every expression (parsed, checked, never
/// executed), every further answer taken from a fact, every fact a rule asks for. Reports a problem
/// per rule, with the expression's own line and column.
/// </summary>
internal static class RuleSetCompiler
{
    public static (CompiledRuleSet? Compiled, IReadOnlyList<RuleSetProblem> Problems) Compile(RuleSetDefinition definition, RulesEngineAdapter adapter, FactModel model)
    {
        var problems = new List<RuleSetProblem>();
        var rules = new List<CompiledRule>();
        foreach (var rule in definition.Rules)
        {
            var (expression, expressionProblems) = CompileGuarded(adapter, rule.Expression);
            foreach (var problem in expressionProblems)
            {
                var at = rule.ExpressionAt;
                problems.Add(new RuleSetProblem(problem.Code, definition.File, at.Line == 0 ? rule.Line : at.Line, at.ColumnOf(problem.Position), rule.Name, problem.Message));
            }

            var fields = new List<(DecisionField, FieldAnswer?, RuleFact?)>();
            foreach (var (field, source) in rule.Fields)
            {
                switch (source)
                {
                    case AnswerSource.Given given:
                        fields.Add((field, given.Answer, null));
                        break;
                    case AnswerSource.FromFact { Path: var path } when model.Find(path) is { Kind: FactKind.Text, IsDerived: false } fact:
                        fields.Add((field, null, fact));
                        break;
                    case AnswerSource.FromFact fromFact:
                        problems.Add(new RuleSetProblem(ProblemCodes.FieldInvalid, definition.File, rule.Line, 0, rule.Name,
                            $"fields.{field.JsonName()} names '{fromFact.Path}', which is not a text fact of the contract (e.g. learner.homeAuthority)"));
                        break;
                }
            }

            foreach (var fact in rule.MissingFacts.Where(f => !model.RequestNames.Contains(f)))
            {
                problems.Add(new RuleSetProblem(ProblemCodes.FieldInvalid, definition.File, rule.Line, 0, rule.Name,
                    $"missingFacts entry '{fact}' is not a fact the contract knows (e.g. learner.needs.solelyLanguageOfHome)"));
            }

            var considered = new List<RuleFact>();
            foreach (var path in rule.Considers ?? [])
            {
                if (model.Find(path) is { } fact)
                {
                    considered.Add(fact);
                }
                else
                {
                    problems.Add(new RuleSetProblem(ProblemCodes.FieldInvalid, definition.File, rule.Line, 0, rule.Name,
                        $"considers entry '{path}' is not a fact rules can read (e.g. learner.post16.ableToUndertakeProgramme)"));
                }
            }

            if (expression is not null && AlwaysErrors(expression, model))
            {
                problems.Add(new RuleSetProblem(ProblemCodes.ExpressionAlwaysFails, definition.File, rule.ExpressionAt.Line == 0 ? rule.Line : rule.ExpressionAt.Line,
                    rule.ExpressionAt.Column, rule.Name, "the expression could not be evaluated for any values of the facts it reads, so every decision would end in EVALUATION_ERROR"));
            }

            if (expression is not null)
            {
                rules.Add(new CompiledRule(definition, rule, expression, fields, considered.Except(expression.Reads).ToArray()));
            }
        }

        return problems.Count > 0 ? (null, problems) : (new CompiledRuleSet(definition, rules), []);
    }

    /// <summary>
    /// Compiles one expression; whatever the third-party parser or compiler throws on a rule's text is
    /// that rule's problem, never the load's: validation always returns.
    /// </summary>
    private static (CompiledExpression?, IReadOnlyList<ExpressionProblem>) CompileGuarded(RulesEngineAdapter adapter, string expression)
    {
        try
        {
            return adapter.Compile(expression);
        }
#pragma warning disable CA1031 // Any failure to compile a policy officer's text is reported against the rule, not thrown.
        catch (Exception ex) when (ex is not (OutOfMemoryException or ThreadAbortException))
#pragma warning restore CA1031
        {
            return (null, [new ExpressionProblem(ProblemCodes.ExpressionInvalid, 0, $"the expression could not be compiled ({ex.GetType().Name})")]);
        }
    }

    /// <summary>
    /// Whether the expression throws on every one of a sample of fact values: every listed value of
    /// its booleans and choices, its literals (and their neighbours) for texts and numbers, and a
    /// plain date, up to 64 combinations. One that throws only while a fact is unknown is not this:
    /// that is an unknown, handled per case.
    /// </summary>
    private static bool AlwaysErrors(CompiledExpression expression, FactModel model)
    {
        var samples = expression.Reads.Select(fact => fact.Kind switch
        {
            FactKind.Boolean => new object?[] { CaseFacts.Box(true), CaseFacts.Box(false) },
            FactKind.Choice => fact.Choices.Cast<object?>().DefaultIfEmpty("SAMPLE").ToArray(),
            FactKind.Text => expression.TextLiterals.Cast<object?>().Append("sample").ToArray(),
            FactKind.WholeNumber => expression.NumberLiterals.SelectMany(n => new[] { n - 1, n, n + 1 }).Append(0).Distinct().Select(n => (object?)n).ToArray(),
            FactKind.Date => new object?[] { new DateTime(2022, 1, 1) },
            _ => new object?[] { Array.Empty<string>() },
        }).ToArray();

        var slots = FactSnapshot.Blank(model).CopySlots();
        var total = samples.Aggregate(1L, (n, values) => n * values.Length);
        var tried = (int)Math.Min(total, 64);
        for (var combination = 0; combination < tried; combination++)
        {
            var rest = combination;
            for (var i = 0; i < samples.Length; i++)
            {
                slots[expression.Reads[i].Index] = samples[i][rest % samples[i].Length];
                rest /= samples[i].Length;
            }

            if (expression.Evaluate(slots) != ExpressionResult.Error)
            {
                return false;
            }
        }

        return true;
    }
}
