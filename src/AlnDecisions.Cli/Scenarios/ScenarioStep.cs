using TechTalk.SpecFlow;
using TechTalk.SpecFlow.Bindings;

namespace AlnDecisions.Cli.Scenarios;

/// <summary>One step of a scenario, after example values are substituted.</summary>
/// <param name="Kind">Given, When or Then (And, But and * take the kind of the step before them).</param>
/// <param name="Keyword">The keyword as written, in the feature's language (e.g. "Anrhegedig a").</param>
/// <param name="Text">The step text without its keyword.</param>
/// <param name="Line">Where the step is in its feature file.</param>
/// <param name="Table">The step's data table, if any.</param>
/// <param name="DocString">The step's doc string, if any.</param>
public sealed record ScenarioStep(StepDefinitionType Kind, string Keyword, string Text, int Line, Table? Table, string? DocString);
