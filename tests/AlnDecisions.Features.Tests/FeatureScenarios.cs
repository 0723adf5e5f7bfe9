using AlnDecisions.Specs.Runner;

namespace AlnDecisions.Features.Tests;

/// <summary>
/// The thin xUnit runner: every scenario (and example row) under features/ is one test case,
/// discovered when the tests run, so a new .feature file needs no C# and no rebuild.
/// </summary>
public sealed class FeatureScenarios
{
    private static readonly string Root = ScenarioEnvironment.FindRepositoryRoot(AppContext.BaseDirectory);
    private static readonly Lazy<IReadOnlyDictionary<string, ScenarioCase>> Cases = new(() =>
        FeatureReader.ReadAll(Path.Combine(Root, "features")).ToDictionary(c => c.Id, StringComparer.Ordinal));

    private static readonly ScenarioRunner Runner = ScenarioRunner.Create(new ScenarioEnvironment(Root));

    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var id in Cases.Value.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public Task Scenario(string id) => Runner.RunAsync(Cases.Value[id]);
}
