using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using AlnDecisions.Rules.Facts;
using AlnDecisions.Rules.RuleSets;
using FastExpressionCompiler;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;

namespace AlnDecisions.Rules.Expressions;

/// <summary>
/// The one place that touches RulesEngine. Rule files are RulesEngine workflows and their
/// expressions are RulesEngine's lambda expressions: this parses each with RulesEngine's own
/// expression parser (the same System.Linq.Dynamic.Core configuration its workflows use), without
/// executing anything, checks the tree against the allow-list, and compiles it to read a vector of
/// fact values. Evaluation then calls the compiled delegate directly: RulesEngine's
/// ExecuteAllRulesAsync would evaluate every rule of a first-match list, allocate a result tree per
/// rule and read an unknown fact as false. Benchmarks and an agreement test run ExecuteAllRulesAsync
/// on the same workflows beside this.
/// </summary>
internal sealed class RulesEngineAdapter
{
    /// <summary>Longer expressions are refused: the longest in rules/ is under 500 characters, and load time grows with length.</summary>
    public const int MaxExpressionLength = 1000;

    /// <summary>Deeper nesting is refused, so parsing can never exhaust the stack.</summary>
    public const int MaxNesting = 24;

    private readonly FactModel _model;
    private readonly ParameterExpression[] _parameters;
    private readonly Dictionary<ParameterExpression, string> _roots;
    private readonly RuleExpressionParser _parser;

    public RulesEngineAdapter(FactModel model)
    {
        _model = model;
        _parameters = model.Types.Roots.Select(root => Expression.Parameter(root.Value, root.Key)).ToArray();
        _roots = _parameters.ToDictionary(p => p, p => p.Name!);
        _parser = new RuleExpressionParser(Settings);
    }

    /// <summary>
    /// The settings the service's rules are parsed with; raw RulesEngine runs in benchmarks and the
    /// agreement test use the same. No input type is registered: expressions may not call methods
    /// on the fact types or name them.
    /// </summary>
    public static ReSettings Settings => new()
    {
        IsExpressionCaseSensitive = false,
        AutoRegisterInputType = false,
        CustomTypes = [],
        EnableExceptionAsErrorMessageForRuleExpressionParsing = true,
        EnableExceptionAsErrorMessage = true,
        IgnoreException = false,
        UseFastExpressionCompiler = true,
    };

    /// <summary>The root names expressions may start with, and the type each is parsed as.</summary>
    public IReadOnlyList<ParameterExpression> Parameters => _parameters;

    /// <summary>Parses, checks and compiles <paramref name="expression"/>; never executes it.</summary>
    public (CompiledExpression? Compiled, IReadOnlyList<ExpressionProblem> Problems) Compile(string expression)
    {
        if (expression.Length > MaxExpressionLength)
        {
            return Refused(ProblemCodes.ExpressionForbidden, 0, $"the expression is {expression.Length} characters long; at most {MaxExpressionLength} are allowed: split the rule");
        }

        if (Nesting(expression) is { Depth: > MaxNesting } deep)
        {
            return Refused(ProblemCodes.ExpressionForbidden, deep.Position, $"brackets are nested more than {MaxNesting} deep");
        }

        Expression parsed;
        try
        {
            parsed = _parser.Parse(expression, _parameters, typeof(bool));
        }
        catch (ParseException ex)
        {
            return Refused(ProblemCodes.ExpressionInvalid, Math.Clamp(ex.Position, 0, expression.Length), $"expression does not compile: {ex.Message}");
        }
        catch (FormatException)
        {
            // Dynamic LINQ converts a text literal compared with a date while parsing
            // (decision.date == "x"), and throws when the text is not a date.
            return Refused(ProblemCodes.ExpressionInvalid, 0, "expression does not compile: a text is compared with a date; write a date as DateTime(2025, 9, 1)");
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or NotSupportedException or InvalidCastException or OverflowException)
        {
            // Dynamic LINQ reports some type errors as these rather than as a ParseException.
            return Refused(ProblemCodes.ExpressionInvalid, 0, $"expression does not compile: {ex.Message}");
        }

        var slots = Expression.Parameter(typeof(object[]), "facts");
        var rewriter = new FactReadRewriter(_model, slots, _roots);
        var body = rewriter.Visit(parsed);
        if (rewriter.Refused.Count > 0)
        {
            return (null, rewriter.Refused
                .Select(r => new ExpressionProblem(ProblemCodes.ExpressionForbidden, PositionOf(expression, r.Name), r.Message))
                .DistinctBy(p => p.Message).ToArray());
        }

        if (body.Type != typeof(bool))
        {
            return Refused(ProblemCodes.ExpressionInvalid, 0, $"the expression gives a {body.Type.Name}, not true or false");
        }

        var evaluate = Expression.Lambda<Func<object?[], bool>>(body, slots).CompileFast();
        return (new CompiledExpression(evaluate, rewriter.Reads, rewriter.TextLiterals.ToArray(), rewriter.NumberLiterals.ToArray()), []);
    }

    private static (CompiledExpression?, IReadOnlyList<ExpressionProblem>) Refused(string code, int position, string message) =>
        (null, [new ExpressionProblem(code, position, message)]);

    /// <summary>
    /// How deep brackets nest, and where the deepest first opens. Brackets inside literals count too:
    /// a literal's quotes are the parser's to read, and an expression must not hide its depth in them.
    /// </summary>
    private static (int Depth, int Position) Nesting(string expression)
    {
        var depth = 0;
        var deepest = (Depth: 0, Position: 0);
        for (var i = 0; i < expression.Length; i++)
        {
            if (expression[i] is '(' or '[' or '{')
            {
                depth++;
                if (depth > deepest.Depth)
                {
                    deepest = (depth, i);
                }
            }
            else if (expression[i] is ')' or ']' or '}')
            {
                depth--;
            }
        }

        return deepest;
    }

    /// <summary>Where <paramref name="name"/> first appears outside text literals, so a refusal points at it.</summary>
    private static int PositionOf(string expression, string name)
    {
        var inText = false;
        for (var i = 0; i + name.Length <= expression.Length; i++)
        {
            if (expression[i] == '"' && (i == 0 || expression[i - 1] != '\\'))
            {
                inText = !inText;
                continue;
            }

            if (!inText && string.Compare(expression, i, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return i;
            }
        }

        return 0;
    }
}
