namespace AlnDecisions.Cli.Scenarios;

/// <summary>One runnable scenario: a Scenario, or one example row of a Scenario Outline.</summary>
/// <param name="Id">Stable and readable: <c>aln-determination/language.feature:12 Name [row 2]</c>.</param>
/// <param name="Feature">The feature's name.</param>
/// <param name="Name">The scenario's name.</param>
/// <param name="File">The feature file, relative to the features directory.</param>
/// <param name="Line">Where the scenario (or example row) is.</param>
/// <param name="Tags">Tags on the feature, rule, scenario and examples.</param>
/// <param name="Steps">Background steps first, then the scenario's.</param>
/// <param name="Problem">Set when the feature file could not be parsed: the case then fails with it,
/// so a broken file shows up as a failing scenario rather than as nothing.</param>
public sealed record ScenarioCase(
    string Id,
    string Feature,
    string Name,
    string File,
    int Line,
    IReadOnlyList<string> Tags,
    IReadOnlyList<ScenarioStep> Steps,
    string? Problem = null);
