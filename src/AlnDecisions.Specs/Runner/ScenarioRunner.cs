using System.Reflection;

namespace AlnDecisions.Specs.Runner;

/// <summary>Runs scenarios: a fresh set of binding instances per scenario, steps in order, first failure stops it.</summary>
public sealed class ScenarioRunner(ScenarioEnvironment environment, StepLibrary steps)
{
    /// <summary>A runner over this assembly's step library.</summary>
    public static ScenarioRunner Create(ScenarioEnvironment environment) =>
        new(environment, StepLibrary.FromAssembly(typeof(ScenarioRunner).Assembly));

    /// <summary>The step library scenarios are matched against.</summary>
    public StepLibrary Steps { get; } = steps;

    /// <summary>Runs <paramref name="scenario"/>; throws <see cref="ScenarioFailedException"/> with the failing step's line when it fails.</summary>
    public async Task RunAsync(ScenarioCase scenario)
    {
        if (scenario.Problem is not null)
        {
            throw new ScenarioFailedException($"{scenario.File} does not parse: {scenario.Problem}");
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

        foreach (var step in scenario.Steps)
        {
            try
            {
                await Steps.RunAsync(step, InstanceOf);
            }
            catch (ScenarioFailedException ex)
            {
                throw new ScenarioFailedException($"{scenario.File}:{step.Line}: {step.Keyword} {step.Text}{Environment.NewLine}{ex.Message}", ex);
            }
            catch (Exception ex) when (ex is not TargetInvocationException)
            {
                throw new ScenarioFailedException($"{scenario.File}:{step.Line}: {step.Keyword} {step.Text}{Environment.NewLine}{ex.GetType().Name}: {ex.Message}", ex);
            }
        }
    }
}
