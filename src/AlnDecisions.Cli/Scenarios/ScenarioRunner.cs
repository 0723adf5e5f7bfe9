using System.Reflection;
using AlnDecisions.Contract.V1;
using AlnDecisions.Specs;
using AlnDecisions.Specs.Steps;

namespace AlnDecisions.Cli.Scenarios;

/// <summary>
/// Runs scenarios without a build, for policy officers testing a candidate rules directory: a fresh
/// set of binding instances per scenario (constructor injection as SpecFlow does, with the one
/// <see cref="ScenarioEnvironment"/> shared), steps in order, the first failure stops it.
/// </summary>
public sealed class ScenarioRunner(ScenarioEnvironment environment, StepLibrary steps)
{
    /// <summary>A runner over the shipped step library.</summary>
    public static ScenarioRunner Create(ScenarioEnvironment environment) => new(environment, StepLibrary.Default);

    /// <summary>The step library scenarios are matched against.</summary>
    public StepLibrary Steps { get; } = steps;

    /// <summary>Runs <paramref name="scenario"/>; a failure names the failing step's line.</summary>
    public async Task<ScenarioRun> RunAsync(ScenarioCase scenario)
    {
        if (scenario.Problem is not null)
        {
            return new ScenarioRun(scenario, $"{scenario.File} does not parse: {scenario.Problem}", []);
        }

        var instances = new Dictionary<Type, object>();
        object InstanceOf(Type type)
        {
            if (!instances.TryGetValue(type, out var instance))
            {
                var constructor = type.GetConstructors().Single();
                var arguments = constructor.GetParameters()
                    .Select(p => p.ParameterType == typeof(ScenarioEnvironment) ? environment : InstanceOf(p.ParameterType))
                    .ToArray();
                instance = constructor.Invoke(arguments);
                instances[type] = instance;
            }

            return instance;
        }

        IReadOnlyList<DecisionResponse> Responses() =>
            instances.TryGetValue(typeof(DecisionScenario), out var state) ? ((DecisionScenario)state).Responses : [];

        foreach (var step in scenario.Steps)
        {
            try
            {
                await Steps.RunAsync(step, InstanceOf);
            }
            catch (ScenarioFailedException ex)
            {
                return new ScenarioRun(scenario, $"{scenario.File}:{step.Line}: {step.Keyword} {step.Text}{Environment.NewLine}{ex.Message}", Responses());
            }
            catch (Exception ex) when (ex is not TargetInvocationException)
            {
                return new ScenarioRun(scenario, $"{scenario.File}:{step.Line}: {step.Keyword} {step.Text}{Environment.NewLine}{ex.GetType().Name}: {ex.Message}", Responses());
            }
        }

        return new ScenarioRun(scenario, null, Responses());
    }
}
