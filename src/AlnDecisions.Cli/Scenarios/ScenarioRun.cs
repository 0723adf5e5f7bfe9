using AlnDecisions.Contract.V1;

namespace AlnDecisions.Cli.Scenarios;

/// <summary>What running one scenario gave: whether it passed, why not, and every decision it made on the way.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Failure">Why it failed (file:line, step and expectation); null when it passed.</param>
/// <param name="Responses">Every response its When steps produced, passed or not (coverage reads the rules they reached).</param>
public sealed record ScenarioRun(ScenarioCase Scenario, string? Failure, IReadOnlyList<DecisionResponse> Responses)
{
    /// <summary>True when every step ran and every expectation held.</summary>
    public bool Passed => Failure is null;
}
