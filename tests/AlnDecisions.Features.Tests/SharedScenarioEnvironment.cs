using AlnDecisions.Specs;
using BoDi;
using TechTalk.SpecFlow;

namespace AlnDecisions.Features.Tests;

/// <summary>
/// Gives every scenario the one <see cref="ScenarioEnvironment"/> over the repository, so rules/
/// (and each fixture directory a scenario names) is loaded once for the whole run, not per scenario.
/// </summary>
[Binding]
public sealed class SharedScenarioEnvironment(IObjectContainer scenarioContainer)
{
    private static readonly ScenarioEnvironment Environment =
        new(ScenarioEnvironment.FindRepositoryRoot(AppContext.BaseDirectory));

    [BeforeScenario(Order = 0)]
    public void ShareEnvironment() => scenarioContainer.RegisterInstanceAs(Environment);
}
