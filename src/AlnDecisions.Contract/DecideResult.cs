using AlnDecisions.Contract.V1;

namespace AlnDecisions.Contract;

/// <summary>What the edge pipeline made of one request: the response, or every field that stopped it.</summary>
/// <param name="Response">The response when the request was valid, in the view the caller asked for.</param>
/// <param name="Violations">Every bad field, by proto3 JSON name; empty when the request was decided.</param>
public sealed record DecideResult(DecisionResponse? Response, IReadOnlyList<FieldViolation> Violations)
{
    /// <summary>True when the request was decided.</summary>
    public bool IsValid => Response is not null;

    /// <summary>
    /// The same decisions in the FULL view, when the pipeline was asked for them
    /// (<see cref="DecisionPipeline.DecideForRecordAsync"/>): what the decision record keeps, whatever
    /// view the caller asked for. The same object as <see cref="Response"/> when the caller asked for FULL.
    /// </summary>
    public DecisionResponse? Full { get; init; }
}
