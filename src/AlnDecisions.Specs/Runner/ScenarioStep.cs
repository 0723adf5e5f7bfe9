using AlnDecisions.Specs.Bindings;

namespace AlnDecisions.Specs.Runner;

/// <summary>One step of a scenario, after example values are substituted.</summary>
/// <param name="Keyword">Given, When or Then (And and But take the keyword before them).</param>
/// <param name="Text">The step text without its keyword.</param>
/// <param name="Line">Where the step is in its feature file.</param>
/// <param name="Table">The step's data table, if any.</param>
/// <param name="DocString">The step's doc string, if any.</param>
public sealed record ScenarioStep(string Keyword, string Text, int Line, Table? Table, string? DocString);
