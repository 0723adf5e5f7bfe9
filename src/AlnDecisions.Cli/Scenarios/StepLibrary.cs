using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using AlnDecisions.Specs;
using TechTalk.SpecFlow;
using TechTalk.SpecFlow.Bindings;

namespace AlnDecisions.Cli.Scenarios;

/// <summary>
/// Every step definition of the SpecFlow <see cref="BindingAttribute"/> classes, found by reflection,
/// and how to match step text to one: the regular expression must match the whole text (as SpecFlow
/// does), capture groups become arguments, a <see cref="Table"/> parameter takes the data table and a
/// last string parameter beyond the groups takes the doc string.
/// </summary>
public sealed class StepLibrary
{
    private readonly IReadOnlyList<StepBinding> _bindings;

    private StepLibrary(IReadOnlyList<StepBinding> bindings) => _bindings = bindings;

    /// <summary>The step definitions of every [Binding] class in <paramref name="assembly"/>.</summary>
    public static StepLibrary FromAssembly(Assembly assembly) => new(
        assembly.GetTypes()
            .Where(type => type.GetCustomAttribute<BindingAttribute>() is not null)
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            .SelectMany(method => method.GetCustomAttributes<StepDefinitionBaseAttribute>()
                .Where(attribute => attribute.Regex is not null)
                .SelectMany(attribute => attribute.Types.Select(kind => new StepBinding(
                    kind,
                    new Regex("^" + attribute.Regex.TrimStart('^').TrimEnd('$') + "$", RegexOptions.CultureInvariant),
                    attribute.Regex,
                    method))))
            .ToArray());

    /// <summary>The library of the scenario steps AlnDecisions ships (src/AlnDecisions.Specs).</summary>
    public static StepLibrary Default { get; } = FromAssembly(typeof(ScenarioEnvironment).Assembly);

    /// <summary>Every step a tester can write, as "Kind pattern", for error messages and documentation.</summary>
    public IReadOnlyList<string> KnownSteps => _bindings.Select(b => $"{b.Kind} {b.Pattern}").Distinct().Order(StringComparer.Ordinal).ToArray();

    /// <summary>Every step definition, for listings.</summary>
    public IReadOnlyList<(StepDefinitionType Kind, string Pattern, MethodInfo Method)> Definitions =>
        _bindings.Select(b => (b.Kind, b.Pattern, b.Method)).ToArray();

    /// <summary>Runs <paramref name="step"/> against the binding instances of one scenario.</summary>
    public async Task RunAsync(ScenarioStep step, Func<Type, object> instanceOf)
    {
        var matches = _bindings.Where(b => b.Kind == step.Kind)
            .Select(b => (Binding: b, Match: b.Regex.Match(step.Text)))
            .Where(m => m.Match.Success)
            .ToArray();
        if (matches.Length == 0)
        {
            throw new ScenarioFailedException(
                $"No step definition matches \"{step.Keyword} {step.Text}\" (line {step.Line}, a {step.Kind} step). Known steps:{Environment.NewLine}  " +
                string.Join(Environment.NewLine + "  ", KnownSteps));
        }

        if (matches.Length > 1)
        {
            throw new ScenarioFailedException(
                $"\"{step.Keyword} {step.Text}\" (line {step.Line}) matches more than one step definition: {string.Join("; ", matches.Select(m => m.Binding.Pattern))}");
        }

        var (binding, match) = matches[0];
        var parameters = binding.Method.GetParameters();
        var arguments = new object?[parameters.Length];
        var group = 1;
        for (var i = 0; i < parameters.Length; i++)
        {
            var type = parameters[i].ParameterType;
            if (type == typeof(Table))
            {
                arguments[i] = step.Table ?? throw new ScenarioFailedException($"\"{step.Text}\" (line {step.Line}) needs a data table under it");
            }
            else if (group < match.Groups.Count)
            {
                var text = match.Groups[group++].Value;
                arguments[i] = type == typeof(int) ? int.Parse(text, CultureInfo.InvariantCulture) : text;
            }
            else if (type == typeof(string))
            {
                arguments[i] = step.DocString ?? throw new ScenarioFailedException($"\"{step.Text}\" (line {step.Line}) needs a doc string under it");
            }
        }

        try
        {
            var result = binding.Method.Invoke(instanceOf(binding.Method.DeclaringType!), arguments);
            if (result is Task task)
            {
                await task;
            }
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
        }
    }

    private sealed record StepBinding(StepDefinitionType Kind, Regex Regex, string Pattern, MethodInfo Method);
}
