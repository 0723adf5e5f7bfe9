using System.Linq.Expressions;
using System.Reflection;
using AlnDecisions.Domain.Facts;
using AlnDecisions.Rules.Facts;

namespace AlnDecisions.Rules.Expressions;

/// <summary>
/// Walks a parsed expression tree once. It lets through only what rules need — reading facts,
/// literals, comparisons, boolean logic, a conditional, and a short named list of methods on a
/// fact's value — and rewrites every fact read into a read of the fact's slot. Anything else
/// (reflection, static members, the clock, object creation, lambdas) is refused by name, so a rule
/// can neither reach outside the facts nor run for longer than its own size.
/// </summary>
internal sealed class FactReadRewriter(FactModel model, ParameterExpression slots, IReadOnlyDictionary<ParameterExpression, string> roots) : ExpressionVisitor
{
    // Members of a fact's value an expression may read: its length, its parts, its presence.
    private static readonly HashSet<(Type, string)> ValueMembers =
    [
        (typeof(string), nameof(string.Length)),
        (typeof(DateTime), nameof(DateTime.Year)),
        (typeof(DateTime), nameof(DateTime.Month)),
        (typeof(DateTime), nameof(DateTime.Day)),
        (typeof(bool?), "HasValue"),
        (typeof(bool?), "Value"),
        (typeof(int?), "HasValue"),
        (typeof(int?), "Value"),
        (typeof(DateTime?), "HasValue"),
        (typeof(DateTime?), "Value"),
    ];

    private static readonly HashSet<string> TextMethods = [nameof(string.Contains), nameof(string.StartsWith), nameof(string.EndsWith), nameof(string.Equals)];

    private static readonly HashSet<string> ListMethods = [nameof(Enumerable.Contains), nameof(Enumerable.Any), nameof(Enumerable.Count)];

    private static readonly HashSet<Type> ValueTypes =
    [
        typeof(bool), typeof(bool?), typeof(int), typeof(int?), typeof(long), typeof(long?), typeof(string),
        typeof(DateTime), typeof(DateTime?), typeof(object), typeof(IEnumerable<string>),
    ];

    private readonly List<RuleFact> _reads = [];

    public IReadOnlyList<RuleFact> Reads => _reads.Distinct().OrderBy(fact => fact.Index).ToArray();

    public List<(string Name, string Message)> Refused { get; } = [];

    public HashSet<string> TextLiterals { get; } = new(StringComparer.Ordinal);

    public HashSet<int> NumberLiterals { get; } = [];

    protected override Expression VisitMember(MemberExpression node)
    {
        if (FactAt(node) is { } fact)
        {
            _reads.Add(fact);
            return Expression.Convert(Expression.ArrayIndex(slots, Expression.Constant(fact.Index)), fact.ClrType);
        }

        if (node.Expression is not null && ValueMembers.Contains((node.Member.DeclaringType!, node.Member.Name)))
        {
            return base.VisitMember(node);
        }

        if (node.Expression is not null && PathOf(node) is { } group)
        {
            return Refuse(node, node.Member.Name, $"'{group}' is a group of facts, not a fact: name one of its facts (e.g. {ExampleUnder(group)})");
        }

        return Refuse(node, node.Member.Name, $"'{node.Member.Name}' reaches outside the facts: expressions read facts and compare them with values and with each other");
    }

    protected override Expression VisitParameter(ParameterExpression node) =>
        node == slots ? node : Refuse(node, node.Name ?? "?", $"'{node.Name}' on its own is every fact of its kind: name one fact, e.g. {ExampleUnder(node.Name ?? string.Empty)}");

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var method = node.Method;
        var allowed = method.DeclaringType == typeof(string) && TextMethods.Contains(method.Name)
                && node.Arguments.All(a => a.Type == typeof(string))
            || method.DeclaringType == typeof(Enumerable) && ListMethods.Contains(method.Name)
                && node.Arguments.Count is 1 or 2 && node.Arguments[0] is MemberExpression source && FactAt(source) is { Kind: FactKind.TextList or FactKind.ChoiceList }
                && (node.Arguments.Count == 1 || node.Arguments[1].Type == typeof(string));
        return allowed
            ? base.VisitMethodCall(node)
            : Refuse(node, method.Name, $"the method '{method.Name}' is not allowed: expressions may use Contains, Any and Count on a list fact, and Contains, StartsWith, EndsWith and Equals on text");
    }

    protected override Expression VisitBinary(BinaryExpression node)
    {
        var allowed = node.NodeType switch
        {
            ExpressionType.Equal or ExpressionType.NotEqual => node.Method is null || node.Method.DeclaringType == typeof(string) || node.Method.DeclaringType == typeof(DateTime),
            ExpressionType.AndAlso or ExpressionType.OrElse => true,
            ExpressionType.And or ExpressionType.Or or ExpressionType.ExclusiveOr => IsBoolean(node.Left.Type) && IsBoolean(node.Right.Type),
            ExpressionType.LessThan or ExpressionType.LessThanOrEqual or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual
                or ExpressionType.Add or ExpressionType.Subtract or ExpressionType.Multiply or ExpressionType.Divide or ExpressionType.Modulo
                => node.Method is null || (node.Method.DeclaringType == typeof(DateTime) && node.NodeType is not (ExpressionType.Add or ExpressionType.Subtract or ExpressionType.Multiply or ExpressionType.Divide or ExpressionType.Modulo)),
            ExpressionType.Coalesce => true,
            _ => false,
        };
        if (allowed && node.NodeType is ExpressionType.Divide or ExpressionType.Modulo && IsZero(node.Right))
        {
            // Throws whenever it is reached; behind && or || it is not reached for every value, so
            // the evaluation at load that finds an always-failing rule would not see it.
            return Refuse(node, node.NodeType == ExpressionType.Divide ? "/" : "%", "dividing by 0 fails whenever it is reached");
        }

        return allowed ? base.VisitBinary(node) : Refuse(node, node.NodeType.ToString(), $"the operation {node.NodeType} is not allowed in a rule");
    }

    private static bool IsZero(Expression node) => node switch
    {
        ConstantExpression { Value: int n } => n == 0,
        ConstantExpression { Value: long n } => n == 0,
        UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert => IsZero(convert.Operand),
        _ => false,
    };

    protected override Expression VisitUnary(UnaryExpression node)
    {
        var allowed = node.NodeType switch
        {
            ExpressionType.Not => IsBoolean(node.Operand.Type),
            ExpressionType.Negate => node.Method is null,
            ExpressionType.Convert or ExpressionType.ConvertChecked => node.Method is null && ValueTypes.Contains(node.Type) && ValueTypes.Contains(node.Operand.Type),
            _ => false,
        };
        return allowed ? base.VisitUnary(node) : Refuse(node, node.NodeType.ToString(), $"the operation {node.NodeType} is not allowed in a rule");
    }

    protected override Expression VisitConstant(ConstantExpression node)
    {
        switch (node.Value)
        {
            case null:
            case bool:
                return node;
            case string text:
                TextLiterals.Add(text);
                return node;
            case int number:
                NumberLiterals.Add(number);
                return node;
            case long number when number is >= int.MinValue and <= int.MaxValue:
                NumberLiterals.Add((int)number);
                return node;
            default:
                return Refuse(node, node.Value.ToString() ?? "?", $"a {node.Type.Name} value is not allowed in a rule: use true, false, whole numbers and text");
        }
    }

    protected override Expression VisitConditional(ConditionalExpression node) => base.VisitConditional(node);

    protected override Expression VisitLambda<T>(Expression<T> node) => Refuse(node, "=>", "a lambda is not allowed: a rule is one condition over the facts");

    // A date written as DateTime(2025, 9, 1) is a literal; nothing else may be made. A day that does
    // not exist (DateTime(2025, 2, 30), DateTime(10000, 1, 1)) would throw on every evaluation that
    // reaches it, and only on those, so it is refused here.
    protected override Expression VisitNew(NewExpression node)
    {
        if (node.Type != typeof(DateTime) || node.Arguments.Count != 3 || !node.Arguments.All(a => a is ConstantExpression { Value: int }))
        {
            return Refuse(node, "new", "creating objects is not allowed in a rule (a date is written DateTime(2025, 9, 1))");
        }

        var (year, month, day) = ((int)((ConstantExpression)node.Arguments[0]).Value!, (int)((ConstantExpression)node.Arguments[1]).Value!, (int)((ConstantExpression)node.Arguments[2]).Value!);
        return year is >= 1900 and <= 2199 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? node
            : Refuse(node, "DateTime", $"DateTime({year}, {month}, {day}) is not a day between 1900 and 2199");
    }

    protected override Expression VisitNewArray(NewArrayExpression node) => Refuse(node, "new", "creating arrays is not allowed in a rule");

    protected override Expression VisitInvocation(InvocationExpression node) => Refuse(node, "(", "invoking a delegate is not allowed in a rule");

    protected override Expression VisitIndex(IndexExpression node) => Refuse(node, "[", "indexing is not allowed in a rule");

    protected override Expression VisitTypeBinary(TypeBinaryExpression node) => Refuse(node, "is", "type tests are not allowed in a rule");

    protected override Expression VisitListInit(ListInitExpression node) => Refuse(node, "new", "creating lists is not allowed in a rule");

    protected override Expression VisitMemberInit(MemberInitExpression node) => Refuse(node, "new", "creating objects is not allowed in a rule");

    protected override Expression VisitBlock(BlockExpression node) => Refuse(node, "{", "blocks are not allowed in a rule");

    protected override Expression VisitDefault(DefaultExpression node) => Refuse(node, "default", "default values are not allowed in a rule");

    protected override Expression VisitExtension(Expression node) => Refuse(node, node.NodeType.ToString(), "this kind of expression is not allowed in a rule");

    private static bool IsBoolean(Type type) => type == typeof(bool) || type == typeof(bool?);

    private Expression Refuse(Expression node, string name, string message)
    {
        Refused.Add((name, message));
        return node;
    }

    private RuleFact? FactAt(MemberExpression node) => PathOf(node) is { } path ? model.Find(path) : null;

    /// <summary>The dotted path of a member chain that starts at a root parameter (learner.needs.x), else null.</summary>
    private string? PathOf(MemberExpression node)
    {
        var names = new Stack<string>();
        Expression? current = node;
        while (current is MemberExpression member)
        {
            if (member.Member is not PropertyInfo { DeclaringType.Namespace: not null } property || !property.DeclaringType!.Namespace!.StartsWith("Facts", StringComparison.Ordinal))
            {
                return null;
            }

            names.Push(member.Member.Name);
            current = member.Expression;
        }

        return current is ParameterExpression parameter && roots.TryGetValue(parameter, out var root)
            ? root + "." + string.Join('.', names)
            : null;
    }

    private string ExampleUnder(string group) =>
        model.Facts.FirstOrDefault(f => f.Path.StartsWith(group + ".", StringComparison.Ordinal))?.Path ?? "learner.needs.solelyLanguageOfHome";
}
